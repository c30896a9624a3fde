using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.GetProducts;

internal sealed class GetProductsHandler(IProductRepository products) : IQueryHandler<GetProductsQuery, IReadOnlyDictionary<Guid, ProductResponse>>
{
    public async Task<Result<IReadOnlyDictionary<Guid, ProductResponse>>> HandleAsync(GetProductsQuery query, CancellationToken cancellationToken)
    {
        if (query.Ids.Count == 0)
        {
            return new Dictionary<Guid, ProductResponse>();
        }

        var found = await products.ListAsync(new ProductsByIdSpecification(query.Ids), cancellationToken);
        return found.ToDictionary(product => product.Id, ProductResponse.From);
    }
}
