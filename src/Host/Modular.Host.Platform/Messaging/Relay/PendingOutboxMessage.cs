namespace Modular.Host.Platform.Messaging.Relay;

internal sealed record PendingOutboxMessage(Guid Id, string Type, string Content, DateTimeOffset CreatedAt, string? TraceParent);
