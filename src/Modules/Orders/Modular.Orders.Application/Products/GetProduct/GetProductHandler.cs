using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.GetProduct;

internal sealed class GetProductHandler(IProductRepository products, IProductCache cache) : IQueryHandler<GetProductQuery, ProductResponse>
{
    public async Task<Result<ProductResponse>> HandleAsync(GetProductQuery query, CancellationToken cancellationToken)
    {
        var product = await cache.GetOrLoadAsync(
            query.Id,
            async token => await products.GetAsync(query.Id, token) is { } found ? ProductResponse.From(found) : null,
            cancellationToken);
        return product is null ? Result<ProductResponse>.NotFound($"Product {query.Id} does not exist.") : product;
    }
}
