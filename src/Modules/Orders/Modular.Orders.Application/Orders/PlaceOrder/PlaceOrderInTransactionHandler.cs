using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>
/// The careful placement, taken when the one-round-trip attempt of <see cref="PlaceOrderHandler"/> did not go through (a
/// reused key, a short or unknown product, a product changed since its quote, a transient conflict): it tells which.
/// In one transaction (<see cref="ITransactionalCommand{TResponse}"/>) of three or four round trips: claim the
/// Idempotency-Key (one batch, when a key is given), reserve the stock of every line (one batch), store the order with its
/// price snapshots, its order-placed event (the outbox, on save) and the answer for the key (one batch), commit. Any
/// refusal rolls everything back.
/// </summary>
internal sealed class PlaceOrderInTransactionHandler(
    IIdempotencyStore idempotency,
    IStockLedger stock,
    IOrderRepository orders,
    TimeProvider time) : ICommandHandler<PlaceOrderInTransactionCommand, PlacedOrder>
{
    public async Task<Result<PlacedOrder>> HandleAsync(PlaceOrderInTransactionCommand command, CancellationToken cancellationToken)
    {
        var (lines, requestHash) = (command.Lines, command.RequestHash);
        if (command.IdempotencyKey is { } key)
        {
            switch (await idempotency.ClaimAsync(command.UserId, key, requestHash, cancellationToken))
            {
                case { Status: IdempotencyClaimStatus.Replay, StoredResponse: { } stored }:
                    return new PlacedOrder(stored, Replayed: true);
                case { Status: IdempotencyClaimStatus.BodyMismatch }:
                    return Result<PlacedOrder>.Error("This Idempotency-Key was already used with a different request body.");
            }
        }

        var now = time.GetUtcNow();
        var reservations = await stock.ReserveAsync(lines, now, cancellationToken);
        var refused = lines.Where((_, index) => reservations[index] is null).ToList();
        if (refused.Count > 0)
        {
            return await RefusalAsync(refused, cancellationToken);
        }

        var order = Order.Place(command.UserId, [.. reservations.OfType<ReservedLine>()], now);
        orders.Add(order);
        var response = OrderResponse.From(order);
        if (command.IdempotencyKey is { } completedKey)
        {
            idempotency.Complete(command.UserId, completedKey, requestHash, response);
        }

        // One round trip for the order, its items, its outbox row and the key's answer: the stock rows locked by the
        // reservation are held for this save and the commit only (ADR 0012).
        await orders.SaveChangesAsync(cancellationToken);
        return new PlacedOrder(response, Replayed: false);
    }

    /// <summary>An unknown product is 404 (before any shortage); otherwise the first short product is 409, named by sku.</summary>
    private async Task<Result<PlacedOrder>> RefusalAsync(IReadOnlyList<RequestedLine> refused, CancellationToken cancellationToken)
    {
        var unknown = await stock.FindUnknownAsync([.. refused.Select(line => line.ProductId)], cancellationToken);
        if (unknown.Count > 0)
        {
            return Result<PlacedOrder>.NotFound($"Product {string.Join(", ", unknown)} does not exist.");
        }

        var first = refused[0];
        var sku = await stock.SkuOfAsync(first.ProductId, cancellationToken);
        return Result<PlacedOrder>.Conflict($"Insufficient stock for product '{sku}' ({first.ProductId}): {first.Quantity} requested.");
    }
}
