using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Application.Orders.CancelOrder;

internal sealed record CancelOrderCommand(Guid OrderId, Guid CallerId, bool CallerIsAdmin) : ITransactionalCommand<OrderResponse>;
