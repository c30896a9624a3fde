namespace Modular.Orders.Infrastructure.Idempotency;

/// <summary>
/// One Idempotency-Key of one user: the hash of the first request's body and the answer it got.
/// <see cref="IdempotencyStore"/> claims and reads it with plain SQL and stages the answer through the change tracker,
/// so that it is written in the placement's own save.
/// </summary>
internal sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 255;

    public Guid UserId { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int? StatusCode { get; set; }

    public string? Response { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
