using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Products.GetProduct;

public sealed record GetProductQuery(Guid Id) : IQuery<ProductResponse>;
