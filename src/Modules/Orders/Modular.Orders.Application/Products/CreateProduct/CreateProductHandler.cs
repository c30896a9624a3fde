using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.CreateProduct;

internal sealed class CreateProductHandler(IProductRepository products, TimeProvider time) : ICommandHandler<CreateProductCommand, ProductResponse>
{
    public async Task<Result<ProductResponse>> HandleAsync(CreateProductCommand command, CancellationToken cancellationToken)
    {
        if (await products.SkuExistsAsync(command.Sku, cancellationToken))
        {
            return Conflict(command.Sku);
        }

        var product = Product.Create(command.Sku, command.Name, command.Price, command.Stock, time.GetUtcNow());
        products.Add(product);
        // The unique index settles two creations racing with the same sku.
        return await products.TrySaveChangesAsync(cancellationToken) ? ProductResponse.From(product) : Conflict(command.Sku);
    }

    private static Result<ProductResponse> Conflict(string sku) =>
        Result<ProductResponse>.Conflict($"A product with sku '{sku}' already exists (skus are compared case-insensitively).");
}
