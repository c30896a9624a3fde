using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>
/// The placement of <see cref="PlaceOrderHandler"/> when its one-round-trip attempt did not go through: <paramref name="Lines"/>
/// merged and sorted by product id, <paramref name="RequestHash"/> their canonical hash.
/// </summary>
internal sealed record PlaceOrderInTransactionCommand(Guid UserId, IReadOnlyList<RequestedLine> Lines, string RequestHash, string? IdempotencyKey)
    : ITransactionalCommand<PlacedOrder>;
