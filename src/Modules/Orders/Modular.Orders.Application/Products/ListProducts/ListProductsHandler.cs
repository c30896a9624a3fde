using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Products.ListProducts;

internal sealed class ListProductsHandler(IProductRepository products) : IQueryHandler<ListProductsQuery, Pagination.PagedResult<ProductResponse>>
{
    public async Task<Result<Pagination.PagedResult<ProductResponse>>> HandleAsync(ListProductsQuery query, CancellationToken cancellationToken)
    {
        var page = await products.PageAsync(new ProductSearchSpecification(query.Search), query.Page, cancellationToken);
        return page.Select(ProductResponse.From);
    }
}
