using Modular.Orders.Application.Products;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// Product reads, normally from memory. Whatever changes a product (the stock ledger, the product repository)
/// invalidates it itself once its transaction commits, and every instance drops it as the invalidation arrives
/// (within milliseconds: ADR 0024).
/// </summary>
internal interface IProductCache
{
    Task<ProductResponse?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<ProductResponse?>> load, CancellationToken cancellationToken);
}
