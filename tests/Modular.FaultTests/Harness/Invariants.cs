using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>The invariants every scenario checks, computed from its <see cref="ScenarioEvidence"/>.</summary>
internal static class Invariants
{
    public static ScenarioReport Evaluate(ScenarioEvidence evidence, string notes = "")
    {
        var events = Events(evidence);
        var readiness = Readiness(evidence);
        var latencies = evidence.Requests.Select(request => request.DurationMs).Order().ToList();
        var checks = new List<Check>
        {
            AnsweredOrdersExist(evidence),
            NoHalfWrittenOrder(evidence, out var ambiguous),
            StockConserved(evidence),
            events.Check,
            StatusCodes(evidence),
            NoHang(evidence, latencies),
            readiness.Check,
            ConsumersResumed(evidence),
            PushesResumed(evidence),
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
            Pushes = PushSummary(evidence),
            Checks = checks,
            Notes = notes,
        };
    }

    /// <summary>Every order answered 201 is stored once, for its user, with exactly the lines asked for.</summary>
    private static Check AnsweredOrdersExist(ScenarioEvidence evidence)
    {
        var orders = evidence.Books.Orders.ToDictionary(order => order.Id);
        var items = evidence.Books.Items.ToLookup(item => item.OrderId);
        var answered = evidence.Placements.Where(placement => placement.Status == 201).ToList();
        var problems = new List<string>();
        foreach (var placement in answered)
        {
            if (placement.OrderId is not { } id || !orders.TryGetValue(id, out var order))
            {
                problems.Add($"order {placement.OrderId} ({placement.IdempotencyKey}) answered 201 is not stored");
                continue;
            }

            var stored = items[id].Select(item => (item.ProductId, item.Quantity)).Order().ToList();
            var asked = placement.Lines.Order().ToList();
            if (order.UserId != placement.UserId || !stored.SequenceEqual(asked))
            {
                problems.Add($"order {id} is stored for another user or with other lines");
            }
        }

        return new Check("orders answered 201 stored once with their items", problems.Count == 0, problems.Count == 0 ? $"{answered.Count} orders" : string.Join("; ", problems.Take(5)));
    }

    /// <summary>
    /// Every stored order has items, a total equal to their sum, and the Idempotency-Key row its transaction wrote;
    /// an order whose request got no 201 (its answer was lost to the fault) is counted, and allowed only then.
    /// </summary>
    private static Check NoHalfWrittenOrder(ScenarioEvidence evidence, out int ambiguous)
    {
        var byKey = evidence.Placements.ToDictionary(placement => (placement.UserId, placement.IdempotencyKey));
        var keyOfOrder = evidence.Books.IdempotencyKeys.Where(entry => entry.Value.OrderId is not null).ToDictionary(entry => entry.Value.OrderId!.Value, entry => entry.Key);
        var problems = new List<string>();
        ambiguous = 0;
        foreach (var order in evidence.Books.Orders)
        {
            if (order.ItemCount == 0 || order.Total != order.ItemsTotal)
            {
                problems.Add($"order {order.Id}: {order.ItemCount} items, total {order.Total} vs items {order.ItemsTotal}");
            }

            if (!keyOfOrder.TryGetValue(order.Id, out var key) || evidence.Books.IdempotencyKeys[key].Status != 201 || !byKey.TryGetValue(key, out var placement))
            {
                problems.Add($"order {order.Id} has no completed Idempotency-Key of the load");
                continue;
            }

            if (placement.Status != 201)
            {
                ambiguous++;
                if (placement.Status is not (503 or -1))
                {
                    problems.Add($"order {order.Id} is stored although its request was answered {placement.Status}");
                }
            }
        }

        return new Check("no half-written order", problems.Count == 0, problems.Count == 0 ? $"{evidence.Books.Orders.Count} stored, {ambiguous} committed whose answer was lost" : string.Join("; ", problems.Take(5)));
    }

    /// <summary>Stock put in = stock left + quantities of the orders not cancelled, per product; cancels answered 200 are cancelled.</summary>
    private static Check StockConserved(ScenarioEvidence evidence)
    {
        var live = evidence.Books.Orders.Where(order => order.Status != "cancelled").Select(order => order.Id).ToHashSet();
        var held = evidence.Books.Items.Where(item => live.Contains(item.OrderId)).GroupBy(item => item.ProductId).ToDictionary(group => group.Key, group => group.Sum(item => item.Quantity));
        var problems = new List<string>();
        foreach (var (id, initial) in evidence.Catalog.Products)
        {
            var left = evidence.Books.Stock[id];
            var inOrders = held.GetValueOrDefault(id);
            if (initial != left + inOrders || left < 0)
            {
                problems.Add($"product {id}: put in {initial}, left {left}, in live orders {inOrders}");
            }
        }

        var statuses = evidence.Books.Orders.ToDictionary(order => order.Id, order => order.Status);
        problems.AddRange(evidence.CancelledOrders.Where(id => statuses.GetValueOrDefault(id) != "cancelled").Select(id => $"order {id} was answered cancelled but is {statuses.GetValueOrDefault(id)}"));
        return new Check("stock conserved", problems.Count == 0, problems.Count == 0 ? $"{evidence.Catalog.Products.Count} products, {held.Values.Sum()} units in live orders" : string.Join("; ", problems.Take(5)));
    }

    private static (Check Check, int Expected, int Delivered, int Redelivered, int InEffect) Events(ScenarioEvidence evidence)
    {
        var expected = evidence.Books.OrderEvents;
        var delivered = evidence.Audited.GroupBy(audited => audited.EventId).ToDictionary(group => group.Key, group => group.Count());
        var missing = expected.Where(row => !delivered.ContainsKey(row.EventId)).ToList();
        var unknown = delivered.Keys.Except(expected.Select(row => row.EventId)).Count();
        var redelivered = delivered.Values.Sum(count => count - 1);
        var idMismatch = evidence.Audited.Count(audited => audited.MessageId != audited.EventId);
        var statuses = evidence.Books.Orders.ToDictionary(order => order.Id, order => order.Status);
        var perOrder = expected.GroupBy(row => (row.OrderId, row.Exchange)).ToDictionary(group => group.Key, group => group.Count());
        // In effect: an order with two placed, confirmed or cancelled events (two different eventIds) was changed twice.
        var inEffect = perOrder.Count(entry => entry.Value > 1);
        var wrong = evidence.Books.Orders.Count(order =>
            perOrder.GetValueOrDefault((order.Id, "orders.order-placed")) != 1
            || (order.Status == "confirmed" && perOrder.GetValueOrDefault((order.Id, "orders.order-confirmed")) != 1)
            || (order.Status == "cancelled" && perOrder.GetValueOrDefault((order.Id, "orders.order-cancelled")) != 1)
            || (order.Status != "cancelled" && perOrder.ContainsKey((order.Id, "orders.order-cancelled"))));
        var unrelayed = expected.Count(row => !row.Relayed);
        var passed = missing.Count == 0 && unknown == 0 && idMismatch == 0 && inEffect == 0 && wrong == 0 && unrelayed == 0
            && (redelivered == 0 || evidence.Settings.RedeliveryPossible);
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{expected.Count} expected, {delivered.Count} delivered, {missing.Count} missing, {unknown} unknown, {redelivered} redelivered copies, {inEffect} duplicated in effect, {wrong} orders whose events do not match their status, {unrelayed} never relayed, {idMismatch} messageId != eventId");
        return (new Check("every committed order's events delivered, none applied twice", passed, detail), expected.Count, delivered.Count, redelivered, inEffect);
    }

    /// <summary>No 5xx but 503 problem+json with Retry-After, and those (and any other failure) only while the fault lasts.</summary>
    private static Check StatusCodes(ScenarioEvidence evidence)
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

    private static Check NoHang(ScenarioEvidence evidence, List<double> latencies)
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
    private static (Check Check, double? Recovery) Readiness(ScenarioEvidence evidence)
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
    private static Check ConsumersResumed(ScenarioEvidence evidence)
    {
        var books = evidence.Books;
        var applied = books.NotificationsApplied + (int)evidence.ParkedPushes;
        var passed = books.PendingOrders == 0 && books.Profiles == books.Accounts && books.UnrelayedEvents == 0 && applied >= books.OrderEvents.Count;
        return new Check(
            "consumers and relays resumed",
            passed,
            $"{books.PendingOrders} orders still pending, {books.Profiles}/{books.Accounts} profiles, {books.UnrelayedEvents} outbox rows unrelayed, notifications applied {books.NotificationsApplied} + parked {evidence.ParkedPushes} of {books.OrderEvents.Count} order events");
    }

    /// <summary>Orders placed well after the fault ended reach their owner's hub connection: pushes flow again.</summary>
    private static Check PushesResumed(ScenarioEvidence evidence)
    {
        var since = evidence.Fault.End + ScenarioSettings.RecoveryAllowance.TotalSeconds;
        var late = evidence.Placements.Where(placement => placement.Status == 201 && placement.AnsweredAt > since).Select(placement => placement.OrderId!.Value).ToList();
        var missing = late.Where(id => !evidence.Pushes.ContainsKey((id, "pending"))).ToList();
        return new Check(
            "hub pushes flow after the fault",
            late.Count > 0 && missing.Count == 0,
            $"{late.Count} orders placed after {since:0} s, {missing.Count} of them without their 'pending' push");
    }

    private static string PushSummary(ScenarioEvidence evidence)
    {
        var expected = evidence.Books.OrderEvents.Count;
        var received = evidence.Pushes.Count;
        var duplicates = evidence.Pushes.Values.Sum(count => count - 1);
        return $"{expected} status changes, {received} pushed to a connected client, {duplicates} pushed twice, {evidence.ParkedPushes} parked in notifications.notify-order-status-changed_error";
    }
}
