using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.GetOrder;

internal sealed record GetOrderQuery(Guid OrderId, Guid CallerId, bool CallerIsAdmin) : IQuery<OrderResponse>;
