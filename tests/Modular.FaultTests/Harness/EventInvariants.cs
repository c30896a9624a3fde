using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>The events of committed orders, as the audit queues and the hub connections received them.</summary>
internal static class EventInvariants
{
    public static (Check Check, int Expected, int Delivered, int Redelivered, int InEffect) Events(ScenarioEvidence evidence)
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

    /// <summary>Orders placed well after the fault ended reach their owner's hub connection: pushes flow again.</summary>
    public static Check PushesResumed(ScenarioEvidence evidence)
    {
        var since = evidence.Fault.End + ScenarioSettings.RecoveryAllowance.TotalSeconds;
        var late = evidence.Placements.Where(placement => placement.Status == 201 && placement.AnsweredAt > since).Select(placement => placement.OrderId!.Value).ToList();
        var missing = late.Where(id => !evidence.Pushes.ContainsKey((id, "pending"))).ToList();
        return new Check(
            "hub pushes flow after the fault",
            late.Count > 0 && missing.Count == 0,
            $"{late.Count} orders placed after {since:0} s, {missing.Count} of them without their 'pending' push");
    }

    public static string PushSummary(ScenarioEvidence evidence)
    {
        var expected = evidence.Books.OrderEvents.Count;
        var received = evidence.Pushes.Count;
        var duplicates = evidence.Pushes.Values.Sum(count => count - 1);
        return $"{expected} status changes, {received} pushed to a connected client, {duplicates} pushed twice, {evidence.ParkedPushes} parked in notifications.notify-order-status-changed_error";
    }
}
