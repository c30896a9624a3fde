using Modular.Orders.Application.Products;

namespace Modular.Orders.Application.Abstractions;

/// <summary>Product reads shared by every instance; a change is visible everywhere as soon as it commits.</summary>
public interface IProductCache
{
    Task<ProductResponse?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<ProductResponse?>> load, CancellationToken cancellationToken);

    /// <summary>Marks products changed; takes effect when the current transaction commits (at once outside one).</summary>
    Task InvalidateAsync(IEnumerable<Guid> productIds, CancellationToken cancellationToken);
}
