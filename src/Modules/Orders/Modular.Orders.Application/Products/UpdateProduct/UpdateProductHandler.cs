using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.UpdateProduct;

internal sealed class UpdateProductHandler(IProductRepository products, TimeProvider time) : ICommandHandler<UpdateProductCommand, ProductResponse>
{
    public async Task<Result<ProductResponse>> HandleAsync(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        // Locked, so a stock set by an admin and a concurrent order's decrement apply one after the other.
        var product = await products.GetForUpdateAsync(command.Id, cancellationToken);
        if (product is null)
        {
            return Result<ProductResponse>.NotFound($"Product {command.Id} does not exist.");
        }

        product.Change(command.Name, command.Price, command.Stock, time.GetUtcNow());
        await products.TrySaveChangesAsync(cancellationToken);
        return ProductResponse.From(product);
    }
}
