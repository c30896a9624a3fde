using System.Diagnostics;
using MassTransit;
using Modular.Shared.Infrastructure.Events;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>Publishes outbox rows through MassTransit, keeping each event's id as the message id.</summary>
internal sealed class OutboxPublisher(IBus bus, IBusControl busControl, string broker)
{
    private static readonly ActivitySource Source = new("Modular.Outbox");
    private volatile bool _endpointsBound;

    /// <summary>Where the bus connects (<c>host:port</c>), for the relay's log lines.</summary>
    public string Broker => broker;

    /// <summary>
    /// Refuses to publish before the bus has been fully up once: on a fresh broker the consumers' queues are bound
    /// to the exchanges only then, and a fanout exchange drops what reaches it before any queue is bound.
    /// After that, only a bus that has lost its connection stops the relay.
    /// </summary>
    /// <exception cref="BusNotReadyException">The relay must wait.</exception>
    public void EnsureBusReady()
    {
        var status = busControl.CheckHealth().Status;
        if (status == BusHealthStatus.Healthy)
        {
            _endpointsBound = true;
            return;
        }

        if (!_endpointsBound || status == BusHealthStatus.Unhealthy)
        {
            throw new BusNotReadyException(status);
        }
    }

    /// <summary>
    /// Starts every publish in row order (MassTransit writes them to the channel in that order) and waits for
    /// the broker's confirms together, which is what makes a batch fast. Returns the error of each failed row.
    /// The wait ends at <paramref name="timeout"/> or cancellation even when a publish does not honour its token
    /// (one waiting for a broker that holds its replies does not): the batch must commit to release its rows.
    /// </summary>
    public async Task<Dictionary<Guid, Exception>> PublishAsync(
        IReadOnlyList<PendingOutboxMessage> messages, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);

        var publications = new List<(Guid Id, Task Task)>(messages.Count);
        foreach (var message in messages)
        {
            publications.Add((message.Id, PublishOneAsync(message, deadline.Token)));
        }

        var failures = new Dictionary<Guid, Exception>();
        foreach (var (id, task) in publications)
        {
            try
            {
                await task.WaitAsync(deadline.Token);
            }
            catch (Exception exception)
            {
                failures[id] = exception;
            }
        }

        return failures;
    }

    private Task PublishOneAsync(PendingOutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return StartPublish(message, cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    private Task StartPublish(PendingOutboxMessage message, CancellationToken cancellationToken)
    {
        var type = IntegrationEventSerializer.ResolveType(message.Type)
            ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        var integrationEvent = IntegrationEventSerializer.Deserialize(message.Content, type);

        // Continue the trace of the request that caused the event.
        using var activity = message.TraceParent is null
            ? null
            : Source.StartActivity("outbox relay", ActivityKind.Producer, message.TraceParent);
        return bus.Publish(
            integrationEvent,
            type,
            Pipe.Execute<PublishContext>(context => context.MessageId = message.Id),
            cancellationToken);
    }
}
