using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Specifications;

namespace Modular.Orders.Application.Abstractions;

internal interface IProductRepository : IReadRepository<Product>
{
    /// <summary>Reads a product without tracking it.</summary>
    Task<Product?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads and row-locks a product until the transaction ends.</summary>
    Task<Product?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken);

    void Add(Product product);

    /// <summary>Saves; a unique-index clash on the sku answers false instead of throwing.</summary>
    Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken);
}
