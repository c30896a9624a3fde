using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.GetProduct;

internal sealed record GetProductQuery(Guid Id) : IQuery<ProductResponse>;
