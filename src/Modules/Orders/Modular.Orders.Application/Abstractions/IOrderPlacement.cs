using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// Places an order in one atomic round trip, without a transaction held open between round trips (ADR 0031): the key's
/// answer, the order, its items, its outbox rows and the stock of every line go to the database as one batch, which
/// commits entirely or not at all.
/// </summary>
internal interface IOrderPlacement
{
    /// <summary>
    /// Stores <paramref name="order"/> (placed from a <see cref="IStockLedger.QuoteAsync"/>) with its events and, when
    /// <paramref name="idempotencyKey"/> is given, <paramref name="response"/> as the key's answer; each line's stock is
    /// taken only if it still suffices and its product still has the quoted sku, name and price. False, with nothing
    /// changed, when a line's stock is short or its product changed since the quote, when the key is already taken, or on
    /// a transient conflict: the caller then places the order in a transaction, which tells which of these it was.
    /// </summary>
    Task<bool> TryPlaceAtOnceAsync(Order order, OrderResponse response, string? idempotencyKey, string requestHash, CancellationToken cancellationToken);
}
