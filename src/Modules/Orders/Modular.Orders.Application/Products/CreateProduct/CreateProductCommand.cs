using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.CreateProduct;

internal sealed record CreateProductCommand(string Sku, string Name, decimal Price, int Stock) : ICommand<ProductResponse>;
