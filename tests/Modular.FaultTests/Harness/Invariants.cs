using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>The invariants every scenario checks, computed from its <see cref="ScenarioEvidence"/>.</summary>
internal static class Invariants
{
    public static ScenarioReport Evaluate(ScenarioEvidence evidence, string notes = "")
    {
        var events = EventInvariants.Events(evidence);
        var readiness = ServiceInvariants.Readiness(evidence);
        var latencies = evidence.Requests.Select(request => request.DurationMs).Order().ToList();
        var checks = new List<Check>
        {
            OrderInvariants.AnsweredOrdersExist(evidence),
            OrderInvariants.NoHalfWrittenOrder(evidence, out var ambiguous),
            OrderInvariants.StockConserved(evidence),
            events.Check,
            ServiceInvariants.StatusCodes(evidence),
            ServiceInvariants.NoHang(evidence, latencies),
            readiness.Check,
            ServiceInvariants.ConsumersResumed(evidence),
            EventInvariants.PushesResumed(evidence),
            LogInvariants.OutageLoggedWithoutLibraryErrors(evidence),
        };
        return new ScenarioReport
        {
            Scenario = evidence.Settings.Name,
            Fault = evidence.Fault,
            Operations = evidence.Requests.Count,
            LoadSeconds = evidence.LoadSeconds,
            Statuses = evidence.Requests.GroupBy(request => request.Status < 0 ? "no answer" : request.Status.ToString(CultureInfo.InvariantCulture))
                .ToDictionary(group => group.Key, group => group.Count()),
            EventsExpected = events.Expected,
            EventsDelivered = events.Delivered,
            EventsRedelivered = events.Redelivered,
            DuplicatedInEffect = events.InEffect,
            ReadinessRecoverySeconds = readiness.Recovery,
            MaxLatencyMs = latencies.Count == 0 ? 0 : latencies[^1],
            P99LatencyMs = latencies.Count == 0 ? 0 : latencies[(int)Math.Floor((latencies.Count - 1) * 0.99)],
            AmbiguousOrders = ambiguous,
            Pushes = EventInvariants.PushSummary(evidence),
            Checks = checks,
            Notes = notes,
        };
    }
}
