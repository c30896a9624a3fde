namespace Modular.Orders.Application.Abstractions;

public enum IdempotencyClaimStatus
{
    Claimed,
    Replay,
    BodyMismatch,
}
