namespace Modular.Orders.Infrastructure.Idempotency;

/// <summary>
/// One Idempotency-Key of one user: the hash of the first request's body and the answer it got. Mapped for the
/// migration only; <see cref="IdempotencyStore"/> reads and writes it with plain SQL.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 255;

    public Guid UserId { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int? StatusCode { get; init; }

    public string? Response { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
