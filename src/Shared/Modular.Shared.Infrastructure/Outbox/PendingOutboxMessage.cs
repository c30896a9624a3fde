namespace Modular.Shared.Infrastructure.Outbox;

internal sealed record PendingOutboxMessage(Guid Id, string Type, string Content, DateTimeOffset CreatedAt, string? TraceParent);
