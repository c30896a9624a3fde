using Modular.Shared.Infrastructure.Events;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>An integration event waiting in a module's outbox to be relayed to the broker.</summary>
internal sealed class OutboxMessage
{
    private OutboxMessage(Guid id, string type, string content, DateTimeOffset occurredAt, DateTimeOffset createdAt, string? traceParent)
    {
        Id = id;
        Type = type;
        Content = content;
        OccurredAt = occurredAt;
        CreatedAt = createdAt;
        TraceParent = traceParent;
    }

    /// <summary>The event's own id, so a relayed message keeps it as its MessageId.</summary>
    public Guid Id { get; private set; }

    /// <summary>Insertion order; the relay publishes in this order.</summary>
    public long Sequence { get; private set; }

    public string Type { get; private set; }

    public string Content { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public string? TraceParent { get; private set; }

    public static OutboxMessage From(object integrationEvent, DateTimeOffset now, string? traceParent)
    {
        var metadata = IntegrationEventMetadata.Read(integrationEvent);
        return new OutboxMessage(
            metadata.EventId,
            IntegrationEventSerializer.TypeName(integrationEvent.GetType()),
            IntegrationEventSerializer.Serialize(integrationEvent),
            metadata.OccurredAt,
            now,
            traceParent);
    }
}
