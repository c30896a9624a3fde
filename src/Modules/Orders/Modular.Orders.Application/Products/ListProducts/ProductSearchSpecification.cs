using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Specifications;

namespace Modular.Orders.Application.Products.ListProducts;

/// <summary>Products whose sku or name contains the search text, case-insensitively, by sku.</summary>
internal sealed class ProductSearchSpecification : Specification<Product>
{
    public ProductSearchSpecification(string? search)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            Query.Where(product => product.Sku.ToLower().Contains(term) || product.Name.ToLower().Contains(term));
        }

        Query.OrderBy(product => product.Sku).ThenBy(product => product.Id).AsNoTracking();
    }
}
