using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>How the host answered while the fault lasted and after: statuses, latency, readiness, consumers.</summary>
internal static class ServiceInvariants
{
    /// <summary>No 5xx but 503 problem+json with Retry-After, and those (and any other failure) only while the fault lasts.</summary>
    public static Check StatusCodes(ScenarioEvidence evidence)
    {
        var window = evidence.Fault;
        var allowedUntil = window.End + ScenarioSettings.RecoveryAllowance.TotalSeconds;
        var problems = new List<Load.RequestRecord>();
        var outage503 = 0;
        foreach (var request in evidence.Requests.Where(request => !Load.Operations.IsExpected(request.Operation, request.Status)))
        {
            var duringFault = request.EndedAt >= window.Start && request.StartedAt <= allowedUntil;
            if (request.Status == 503 && request.IsProblemJson && request.HasRetryAfter && duringFault)
            {
                outage503++;
                continue;
            }

            if (request.Status == -1 && evidence.Settings.HostDownDuringFault && duringFault)
            {
                continue;
            }

            problems.Add(request);
        }

        // One line per kind of answer: how many, when, and the first one's evidence.
        var summary = problems
            .GroupBy(request => (request.Status, request.IsProblemJson, request.HasRetryAfter))
            .Select(group => string.Create(
                CultureInfo.InvariantCulture,
                $"{group.Count()}x {(group.Key.Status < 0 ? "no answer" : group.Key.Status)} (problem+json {group.Key.IsProblemJson}, Retry-After {group.Key.HasRetryAfter}) between {group.Min(request => request.StartedAt):0.0} s and {group.Max(request => request.EndedAt):0.0} s, e.g. {group.First().Operation}: {group.First().Failure}"));
        return new Check("no 5xx but 503 problem+json (Retry-After) during the fault", problems.Count == 0, problems.Count == 0 ? $"{outage503} answered 503 during the fault" : string.Join("; ", summary));
    }

    public static Check NoHang(ScenarioEvidence evidence, List<double> latencies)
    {
        var bound = (ScenarioSettings.CommandTimeoutSeconds + 2) * 1000.0;
        var slow = evidence.Requests.Where(request => request.DurationMs > bound).ToList();
        return new Check(
            $"no request longer than Database:CommandTimeoutSeconds + 2 s ({bound / 1000:0} s)",
            slow.Count == 0,
            slow.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"slowest {(latencies.Count == 0 ? 0 : latencies[^1]):0} ms")
                : string.Join("; ", slow.Take(5).Select(request => string.Create(CultureInfo.InvariantCulture, $"{request.Operation} at {request.StartedAt:0.0} s took {request.DurationMs:0} ms ({request.Status} {request.Failure})"))));
    }

    /// <summary>Readiness is 503 during the outage (after a few seconds to notice) and 200 within 10 s of its end, without a restart.</summary>
    public static (Check Check, double? Recovery) Readiness(ScenarioEvidence evidence)
    {
        var samples = evidence.Readiness;
        var window = evidence.Fault;
        if (evidence.Settings.Readiness == ReadinessExpectation.ReadyThroughout)
        {
            var notReady = samples.Count(sample => sample.Status != 200);
            return (new Check("readiness 200 throughout", notReady == 0, $"{samples.Count} samples, {notReady} not 200"), null);
        }

        const double noticeSeconds = 5;
        var during = samples.Where(sample => sample.At >= window.Start + noticeSeconds && sample.Ended <= window.Repaired).ToList();
        var readyDuring = during.Count(sample => sample.Status == 200);
        var hostAbsent = evidence.Settings.Readiness == ReadinessExpectation.HostAbsentDuringFault;
        var after = samples.Where(sample => sample.At > window.End).ToList();
        // Recovered at the first 200 after which readiness never dropped again.
        var lastNot200 = after.LastOrDefault(sample => sample.Status != 200);
        var recoveredAt = after.FirstOrDefault(sample => sample.Status == 200 && sample.At > (lastNot200.At == 0 ? double.MinValue : lastNot200.At));
        double? recovery = recoveredAt.At == 0 ? null : Math.Max(0, recoveredAt.At - window.End);
        var passed = (hostAbsent || (during.Count > 0 && readyDuring == 0)) && recovery is not null && recovery <= ScenarioSettings.RecoveryAllowance.TotalSeconds;
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{during.Count} samples during the fault, {readyDuring} of them 200; back to 200 {(recovery is { } seconds ? $"{seconds:0.0} s" : "never")} after the dependency returned");
        return (new Check("readiness 503 during the outage, 200 within 10 s after", passed, detail), recovery);
    }

    /// <summary>After the load: no order left pending, every account has its profile, every order event reached Notifications (applied or parked).</summary>
    public static Check ConsumersResumed(ScenarioEvidence evidence)
    {
        var books = evidence.Books;
        var applied = books.NotificationsApplied + (int)evidence.ParkedPushes;
        var passed = books.PendingOrders == 0 && books.Profiles == books.Accounts && books.UnrelayedEvents == 0 && applied >= books.OrderEvents.Count;
        return new Check(
            "consumers and relays resumed",
            passed,
            $"{books.PendingOrders} orders still pending, {books.Profiles}/{books.Accounts} profiles, {books.UnrelayedEvents} outbox rows unrelayed, notifications applied {books.NotificationsApplied} + parked {evidence.ParkedPushes} of {books.OrderEvents.Count} order events");
    }
}
