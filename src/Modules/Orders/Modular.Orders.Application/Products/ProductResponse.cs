using Modular.Orders.Domain.Products;

namespace Modular.Orders.Application.Products;

internal sealed record ProductResponse(Guid Id, string Sku, string Name, decimal Price, int Stock, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductResponse From(Product product) =>
        new(product.Id, product.Sku, product.Name, product.Price, product.Stock, product.CreatedAt, product.UpdatedAt);
}
