using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.PlaceOrder;

public sealed record PlaceOrderCommand(Guid UserId, IReadOnlyList<PlaceOrderItem?>? Items, string? IdempotencyKey) : ICommand<PlacedOrder>;
