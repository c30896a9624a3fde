using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>Places an order of <paramref name="Items"/> (1..50 lines, the same product possibly twice) for <paramref name="UserId"/>.</summary>
internal sealed record PlaceOrderCommand(Guid UserId, IReadOnlyList<RequestedLine> Items, string? IdempotencyKey) : ICommand<PlacedOrder>;
