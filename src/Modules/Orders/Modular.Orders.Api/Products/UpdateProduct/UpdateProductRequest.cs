namespace Modular.Orders.Api.Products.UpdateProduct;

/// <summary>The body of <c>PATCH /api/products/{id}</c>: only the fields present (and not null) change.</summary>
internal sealed record UpdateProductRequest(string? Name, decimal? Price, int? Stock);
