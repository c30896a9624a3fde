using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.UpdateProduct;

public sealed record UpdateProductCommand(Guid Id, string? Name, decimal? Price, int? Stock) : ICommand<ProductResponse>;
