using Modular.Orders.Application.Products;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// Product reads shared by every instance. Whatever changes a product (the stock ledger, the product repository)
/// invalidates it itself once its transaction commits, so a change is visible everywhere from then on.
/// </summary>
internal interface IProductCache
{
    Task<ProductResponse?> GetOrLoadAsync(Guid id, Func<CancellationToken, Task<ProductResponse?>> load, CancellationToken cancellationToken);
}
