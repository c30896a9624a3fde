namespace Modular.Shared.Infrastructure.Outbox;

public sealed class OutboxRelayException(string schema, Exception innerException)
    : Exception($"Outbox {schema}: no message of the batch could be published.", innerException);
