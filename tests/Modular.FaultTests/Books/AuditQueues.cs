using System.Text.Json;
using Modular.Testing.Processes;

namespace Modular.FaultTests.Books;

/// <summary>
/// Durable queues of the test's own, bound to the Orders exchanges before the load starts, as any outside consumer
/// would bind them: what reaches them is what the outside world received. A connection per call, since the broker
/// may have been killed in between.
/// </summary>
internal sealed class AuditQueues(RabbitMqServer rabbitMq)
{
    public static readonly string[] Exchanges = ["orders.order-placed", "orders.order-confirmed", "orders.order-cancelled"];

    public static string QueueOf(string exchange) => $"fault-audit.{exchange}";

    public async Task BindAsync()
    {
        await using var connection = await rabbitMq.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var exchange in Exchanges)
        {
            await channel.QueueDeclareAsync(QueueOf(exchange), durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(QueueOf(exchange), exchange, routingKey: string.Empty);
        }
    }

    /// <summary>Messages waiting in each audit queue; null when the broker does not answer.</summary>
    public async Task<IReadOnlyDictionary<string, uint>?> CountsAsync()
    {
        try
        {
            await using var connection = await rabbitMq.ConnectionFactory().CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            var counts = new Dictionary<string, uint>();
            foreach (var exchange in Exchanges)
            {
                counts[exchange] = (await channel.QueueDeclarePassiveAsync(QueueOf(exchange))).MessageCount;
            }

            return counts;
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            return null;
        }
    }

    /// <summary>Messages waiting in any queue (e.g. a consumer's <c>_error</c> queue); 0 when it does not exist.</summary>
    public async Task<uint> CountAsync(string queue)
    {
        await using var connection = await rabbitMq.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    /// <summary>Takes every message off the audit queues.</summary>
    public async Task<List<AuditedEvent>> DrainAsync()
    {
        await using var connection = await rabbitMq.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var events = new List<AuditedEvent>();
        foreach (var exchange in Exchanges)
        {
            while (await channel.BasicGetAsync(QueueOf(exchange), autoAck: true) is { } message)
            {
                using var envelope = JsonDocument.Parse(message.Body);
                var body = envelope.RootElement.GetProperty("message");
                events.Add(new AuditedEvent(
                    exchange,
                    body.GetProperty("eventId").GetGuid(),
                    body.GetProperty("orderId").GetGuid(),
                    envelope.RootElement.GetProperty("messageId").GetGuid()));
            }
        }

        return events;
    }
}
