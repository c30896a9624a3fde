namespace Modular.Orders.Domain.Orders;

/// <summary>A line whose stock is reserved, with the product as it was at that moment (the price snapshot).</summary>
public sealed record ReservedLine(Guid ProductId, string Sku, string Name, decimal UnitPrice, int Quantity);
