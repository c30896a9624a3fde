using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>
/// Places an order in two round trips when nothing stands in the way (ADR 0031): a quote of its products (no lock), then
/// the order, its items, its event, the key's answer and the stock as one atomic batch, so that no transaction waits on
/// this process between round trips while it holds the stock rows of popular products. When the quote or the batch
/// does not go through (a short or unknown product, a product changed meanwhile, a key used before), the careful
/// placement (<see cref="PlaceOrderInTransactionHandler"/>) runs and gives the answer: 404, 409, 422 or the replay.
/// </summary>
internal sealed class PlaceOrderHandler(
    IStockLedger stock,
    IOrderPlacement placement,
    ICommandHandler<PlaceOrderInTransactionCommand, PlacedOrder> inTransaction,
    TimeProvider time) : ICommandHandler<PlaceOrderCommand, PlacedOrder>
{
    public async Task<Result<PlacedOrder>> HandleAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        var lines = RequestedLine.Merge(command.Items);
        var requestHash = RequestHash.Of(lines);
        if (await stock.QuoteAsync(lines, cancellationToken) is { } quoted)
        {
            var order = Order.Place(command.UserId, quoted, time.GetUtcNow());
            var response = OrderResponse.From(order);
            if (await placement.TryPlaceAtOnceAsync(order, response, command.IdempotencyKey, requestHash, cancellationToken))
            {
                return new PlacedOrder(response, Replayed: false);
            }
        }

        return await inTransaction.HandleAsync(new PlaceOrderInTransactionCommand(command.UserId, lines, requestHash, command.IdempotencyKey), cancellationToken);
    }
}
