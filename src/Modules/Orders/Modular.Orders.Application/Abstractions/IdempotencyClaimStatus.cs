namespace Modular.Orders.Application.Abstractions;

internal enum IdempotencyClaimStatus
{
    Claimed,
    Replay,
    BodyMismatch,
}
