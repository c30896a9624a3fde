namespace Modular.Orders.Infrastructure.Caching;

/// <summary>What an order line copies from its product: sku, name and unit price (stock is never part of it).</summary>
internal sealed record ProductTerms(string Sku, string Name, decimal Price);
