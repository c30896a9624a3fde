using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.CreateProduct;

public sealed record CreateProductCommand(string Sku, string Name, decimal Price, int Stock) : ICommand<ProductResponse>;
