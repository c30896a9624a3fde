using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Application.Orders.PlaceOrder;

public sealed record PlaceOrderCommand(Guid UserId, IReadOnlyList<PlaceOrderItem?>? Items, string? IdempotencyKey) : ITransactionalCommand<PlacedOrder>;
