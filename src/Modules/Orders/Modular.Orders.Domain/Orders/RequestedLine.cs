namespace Modular.Orders.Domain.Orders;

/// <summary>A product and quantity a customer asked for, before stock is reserved.</summary>
public sealed record RequestedLine(Guid ProductId, int Quantity)
{
    public const int MaxQuantity = 1000;
    public const int MaxLines = 50;

    /// <summary>
    /// The same product asked for twice is one line with the summed quantity. Lines come back sorted by product
    /// id: every transaction that touches several products locks them in this one order, so none waits in a cycle.
    /// </summary>
    public static IReadOnlyList<RequestedLine> Merge(IEnumerable<RequestedLine> lines) =>
        [.. lines
            .GroupBy(line => line.ProductId)
            .Select(group => new RequestedLine(group.Key, group.Sum(line => line.Quantity)))
            .OrderBy(line => line.ProductId)];
}
