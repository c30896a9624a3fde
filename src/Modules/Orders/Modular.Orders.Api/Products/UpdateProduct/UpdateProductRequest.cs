namespace Modular.Orders.Api.Products.UpdateProduct;

/// <summary>Only the fields present (and not null) change.</summary>
public sealed record UpdateProductRequest(string? Name, decimal? Price, int? Stock);
