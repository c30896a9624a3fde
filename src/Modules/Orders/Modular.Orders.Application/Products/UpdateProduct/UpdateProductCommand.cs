using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Application.Products.UpdateProduct;

internal sealed record UpdateProductCommand(Guid Id, string? Name, decimal? Price, int? Stock) : ITransactionalCommand<ProductResponse>;
