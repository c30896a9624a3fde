using Modular.Orders.Application.Orders;

namespace Modular.Orders.Application.Abstractions;

/// <summary>Remembers the first successful placement per user and Idempotency-Key, in the placement's own transaction.</summary>
internal interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key inside the current transaction. A concurrent request with the same key waits here until the
    /// first one commits (then reads its answer) or rolls back (then claims the key itself).
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(Guid userId, string key, string requestHash, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the answer for a key claimed in this transaction: it is written by the next save, in the same round trip
    /// as the order itself.
    /// </summary>
    void Complete(Guid userId, string key, string requestHash, OrderResponse response);

    /// <summary>Forgets keys older than <paramref name="cutoff"/>; answers how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
