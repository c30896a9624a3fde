using Modular.Orders.Application.Orders;

namespace Modular.Orders.Application.Abstractions;

/// <summary>The outcome of claiming an Idempotency-Key: new, a replay of a stored answer, or reused with another body.</summary>
internal sealed record IdempotencyClaim(IdempotencyClaimStatus Status, OrderResponse? StoredResponse)
{
    public static IdempotencyClaim Claimed { get; } = new(IdempotencyClaimStatus.Claimed, null);

    public static IdempotencyClaim Mismatch { get; } = new(IdempotencyClaimStatus.BodyMismatch, null);

    public static IdempotencyClaim Replay(OrderResponse response) => new(IdempotencyClaimStatus.Replay, response);
}
