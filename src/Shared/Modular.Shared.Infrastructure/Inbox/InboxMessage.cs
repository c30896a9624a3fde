namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>Proof that a consumer has applied an event: written in the same transaction as the event's effects.</summary>
internal sealed class InboxMessage
{
    public Guid EventId { get; private set; }

    public string Consumer { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; private set; }
}
