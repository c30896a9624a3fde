using MassTransit;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Messaging.Relay;

internal static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Schema}: relay failed ({Failures} in a row); retrying after back-off")]
    public static partial void RelayFailed(ILogger logger, string schema, int failures, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Schema}: message {MessageId} of type {Type} could not be published")]
    public static partial void PublishFailed(ILogger logger, string schema, Guid messageId, string type, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Schema}: waiting for RabbitMQ at {Broker} before relaying")]
    public static partial void WaitingForBroker(ILogger logger, string schema, string broker);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Outbox {Schema}: still waiting for RabbitMQ at {Broker} after {Seconds} s (bus {Status}); events stay in the outbox until it is reachable")]
    public static partial void StillWaitingForBroker(ILogger logger, string schema, string broker, long seconds, BusHealthStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Schema}: RabbitMQ at {Broker} reachable after {Seconds} s; relaying")]
    public static partial void BrokerReached(ILogger logger, string schema, string broker, long seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Schema}: could not flush pending messages before shutdown")]
    public static partial void FlushFailed(ILogger logger, string schema, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Outbox {Schema}: not flushed at shutdown, the bus is not ready ({Status}); pending events stay in the outbox for the next start")]
    public static partial void FlushSkipped(ILogger logger, string schema, BusHealthStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Schema}: relayed {Count} message(s) while shutting down")]
    public static partial void Flushed(ILogger logger, string schema, int count);
}
