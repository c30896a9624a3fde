using MassTransit;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>The bus cannot take publications yet (still connecting) or any more (connection lost).</summary>
internal sealed class BusNotReadyException(BusHealthStatus status)
    : Exception($"The message bus is not ready ({status}).")
{
    public BusHealthStatus Status { get; } = status;
}
