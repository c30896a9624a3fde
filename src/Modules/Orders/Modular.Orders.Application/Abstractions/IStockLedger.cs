using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// Stock changes as single conditional statements in the current transaction: a decrement happens only when the
/// stock suffices, so stock never goes below zero whatever runs at the same time. A change of stock is a change of the
/// product: its <c>updatedAt</c> moves to the change's time (never backwards, should a later edit have committed first).
/// </summary>
internal interface IStockLedger
{
    /// <summary>
    /// Each line with its product's terms (sku, name, price): as this process last read them where it has (no round
    /// trip), else as they are now, read without a lock; null when a product read now is unknown or its stock is short
    /// right now. What it answers may be stale and holds only until <see cref="IOrderPlacement.TryPlaceAtOnceAsync"/>
    /// checks it again as it takes the stock (a stale quote makes that fail, never a wrong order).
    /// </summary>
    Task<IReadOnlyList<ReservedLine>?> QuoteAsync(IReadOnlyList<RequestedLine> lines, CancellationToken cancellationToken);

    /// <summary>The ids among <paramref name="productIds"/> that no product has.</summary>
    Task<IReadOnlyList<Guid>> FindUnknownAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);

    /// <summary>
    /// Takes each line's quantity from its product's stock where the stock suffices, in the given order, in one
    /// round trip, at <paramref name="changedAt"/>. Answers per line the product snapshot, or null when that product is
    /// unknown or short (the caller then rolls back, releasing what was taken).
    /// </summary>
    Task<IReadOnlyList<ReservedLine?>> ReserveAsync(IReadOnlyList<RequestedLine> lines, DateTimeOffset changedAt, CancellationToken cancellationToken);

    /// <summary>The sku of a product, to name it in an answer.</summary>
    Task<string?> SkuOfAsync(Guid productId, CancellationToken cancellationToken);

    /// <summary>Gives stock back at <paramref name="changedAt"/>, product by product in id order (the lock order every transaction uses).</summary>
    Task RestoreAsync(IEnumerable<RequestedLine> lines, DateTimeOffset changedAt, CancellationToken cancellationToken);
}
