using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Specifications;
using Modular.Shared.Kernel.Text;

namespace Modular.Orders.Application.Products.ListProducts;

/// <summary>Products whose sku or name contains the search text, case-insensitively, by sku.</summary>
internal sealed class ProductSearchSpecification : Specification<Product>
{
    public ProductSearchSpecification(string? search)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Names are stored in NFC (ADR 0020): the term is too, however the client's keyboard composed it. It is lowered
            // by the database's lower(), as the columns are: ToLowerInvariant leaves "İ" alone where lower() gives "i".
            var term = CanonicalText.Name(search);
            Query.Where(product => product.Sku.ToLower().Contains(DatabaseText.Lower(term)) || product.Name.ToLower().Contains(DatabaseText.Lower(term)));
        }

        Query.OrderBy(product => product.Sku).ThenBy(product => product.Id).AsNoTracking();
    }
}
