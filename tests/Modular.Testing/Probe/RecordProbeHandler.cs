using System.Collections.Concurrent;
using System.Net.Sockets;
using Modular.Shared.Application.Events;
using Npgsql;

namespace Modular.Testing.Probe;

internal sealed class RecordProbeHandler(ProbeDbContext context) : IIntegrationEventHandler<ProbeHappened>
{
    private static readonly ConcurrentDictionary<Guid, int> OutageAttempts = new();

    public async Task HandleAsync(ProbeHappened integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Payload == ProbeHappened.Held)
        {
            await ProbeGate.PassAsync(integrationEvent.ItemId).WaitAsync(cancellationToken);
        }

        if (integrationEvent.Payload == ProbeHappened.Poison)
        {
            throw new InvalidOperationException("A poison message: this handler always fails on it.");
        }

        if (integrationEvent.Payload == ProbeHappened.Outage
            && OutageAttempts.AddOrUpdate(integrationEvent.ItemId, 1, (_, attempts) => attempts + 1) <= ProbeHappened.OutageAttempts)
        {
            // What Npgsql throws when the server refuses connections: transient, an outage of PostgreSQL.
            throw new NpgsqlException("Failed to connect (probe outage)", new SocketException((int)SocketError.ConnectionRefused));
        }

        context.Add(new ProbeReceipt
        {
            Id = Guid.CreateVersion7(),
            ItemId = integrationEvent.ItemId,
            EventId = integrationEvent.EventId,
            OccurredAt = integrationEvent.OccurredAt,
            ReceivedAt = DateTimeOffset.UtcNow,
        });
    }
}
