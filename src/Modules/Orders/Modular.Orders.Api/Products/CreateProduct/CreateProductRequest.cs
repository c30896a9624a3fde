namespace Modular.Orders.Api.Products.CreateProduct;

public sealed record CreateProductRequest(string? Sku, string? Name, decimal? Price, int? Stock);
