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
            // Names are stored in NFC (ADR 0020): the term is too, however the client's keyboard composed it. It is case-folded
            // by the database, as the columns are (DatabaseText.Fold): "ΟΔΟΣ" finds "Οδος", "ς" and "σ" are one letter.
            var term = CanonicalText.Name(search);
            Query.Where(product => DatabaseText.Fold(product.Sku).Contains(DatabaseText.Fold(term)) || DatabaseText.Fold(product.Name).Contains(DatabaseText.Fold(term)));
        }

        Query.OrderBy(product => product.Sku).ThenBy(product => product.Id).AsNoTracking();
    }
}
