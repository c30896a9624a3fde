namespace Modular.FaultTests.Harness;

/// <summary>The books of orders and stock: nothing lost, nothing half-written, stock conserved.</summary>
internal static class OrderInvariants
{
    /// <summary>Every order answered 201 is stored once, for its user, with exactly the lines asked for.</summary>
    public static Check AnsweredOrdersExist(ScenarioEvidence evidence)
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
    public static Check NoHalfWrittenOrder(ScenarioEvidence evidence, out int ambiguous)
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
    public static Check StockConserved(ScenarioEvidence evidence)
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
}
