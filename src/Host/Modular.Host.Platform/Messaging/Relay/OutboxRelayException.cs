namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>The broker accepted no message of a batch: most likely it is away, and the relay backs off.</summary>
internal sealed class OutboxRelayException(string schema, Exception innerException)
    : Exception($"Outbox {schema}: no message of the batch could be published.", innerException);
