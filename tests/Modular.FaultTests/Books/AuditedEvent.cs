namespace Modular.FaultTests.Books;

/// <summary>One message taken off an audit queue: the event's own id and order, and the envelope's message id.</summary>
internal sealed record AuditedEvent(string Exchange, Guid EventId, Guid OrderId, Guid MessageId);
