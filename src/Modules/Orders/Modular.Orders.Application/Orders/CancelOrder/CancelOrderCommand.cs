using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.CancelOrder;

public sealed record CancelOrderCommand(Guid OrderId, Guid CallerId, bool CallerIsAdmin) : ICommand<OrderResponse>;
