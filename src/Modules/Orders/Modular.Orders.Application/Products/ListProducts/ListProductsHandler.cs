using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;
using Pagination = Modular.Shared.Application.Pagination;

namespace Modular.Orders.Application.Products.ListProducts;

internal sealed class ListProductsHandler(IProductRepository products) : IQueryHandler<ListProductsQuery, Pagination.PagedResult<ProductResponse>>
{
    public async Task<Result<Pagination.PagedResult<ProductResponse>>> HandleAsync(ListProductsQuery query, CancellationToken cancellationToken)
    {
        var specification = new ProductSearchSpecification(query.Search, query.Page);
        var total = await products.CountAsync(specification, cancellationToken);
        var page = await products.ListAsync(specification, cancellationToken);
        return Pagination.PagedResult<ProductResponse>.Create([.. page.Select(ProductResponse.From)], query.Page, total);
    }
}
