using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Specifications;

namespace Modular.Orders.Application.Products.GetProducts;

/// <summary>The products whose id is one of the given ids (one <c>id = ANY(...)</c> query).</summary>
internal sealed class ProductsByIdSpecification : Specification<Product>
{
    public ProductsByIdSpecification(IReadOnlyCollection<Guid> ids)
    {
        var wanted = ids.ToArray();
        Query.Where(product => wanted.Contains(product.Id)).AsNoTracking();
    }
}
