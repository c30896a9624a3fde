namespace Modular.Orders.Api.Products.CreateProduct;

/// <summary>The body of <c>POST /api/products</c> as JSON may send it; <see cref="CreateProductRequestValidator"/> requires every field.</summary>
internal sealed record CreateProductRequest(string? Sku, string? Name, decimal? Price, int? Stock);
