using Modular.FaultTests.Books;
using Modular.FaultTests.Load;

namespace Modular.FaultTests.Harness;

/// <summary>Everything a scenario observed: the requests and their answers, the books, the events, the probes.</summary>
internal sealed record ScenarioEvidence(
    ScenarioSettings Settings,
    FaultWindow Fault,
    double LoadSeconds,
    IReadOnlyList<RequestRecord> Requests,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<Guid> CancelledOrders,
    Catalog Catalog,
    BooksSnapshot Books,
    IReadOnlyList<AuditedEvent> Audited,
    IReadOnlyList<(double At, double Ended, int Status)> Readiness,
    IReadOnlyDictionary<(Guid OrderId, string Status), int> Pushes,
    uint ParkedPushes,
    IReadOnlyList<string> HostLog);
