using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// Turns the domain events of aggregates into a module's outbox rows: through the module's mapper (keyed by the schema of
/// its outbox table), once per event, clearing the events it took. EF's saves stage the rows as entities
/// (<see cref="OutboxSaveChangesInterceptor"/>); a change written in plain SQL takes them as one statement of its own
/// batch (<see cref="InsertCommand"/>), so the change and its events still commit together; once that batch ran,
/// <see cref="Written"/> wakes this process's relay after the commit.
/// </summary>
public sealed class OutboxWriter
{
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly OutboxCommitSignal _commits;

    internal OutboxWriter(IServiceProvider services, TimeProvider clock, OutboxCommitSignal commits)
    {
        _services = services;
        _clock = clock;
        _commits = commits;
    }

    /// <summary>
    /// One <c>INSERT</c> of every event the aggregates raised into the outbox of <paramref name="context"/>'s module, in the
    /// order they were raised (the relay's order), or null when they raised none. Add it to the batch of the change, and
    /// call <see cref="Written"/> once the batch ran.
    /// </summary>
    public NpgsqlBatchCommand? InsertCommand(DbContext context, IEnumerable<IHasDomainEvents> aggregates)
    {
        var outbox = context.Model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{context.GetType().Name} maps no outbox table.");
        var messages = Take(context, aggregates);
        if (messages.Count == 0)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(
            $"INSERT INTO \"{outbox.GetSchema()}\".\"{outbox.GetTableName()}\" (id, type, content, occurred_at, created_at, attempts, trace_parent) " +
            "SELECT id, type, content, occurred_at, created_at, 0, trace_parent " +
            "FROM unnest($1, $2, $3, $4, $5, $6) WITH ORDINALITY AS event(id, type, content, occurred_at, created_at, trace_parent, position) " +
            "ORDER BY position");
        command.Parameters.Add(Array(NpgsqlDbType.Uuid, messages.Select(message => message.Id)));
        command.Parameters.Add(Array(NpgsqlDbType.Varchar, messages.Select(message => message.Type)));
        command.Parameters.Add(Array(NpgsqlDbType.Jsonb, messages.Select(message => message.Content)));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, messages.Select(message => message.OccurredAt)));
        command.Parameters.Add(Array(NpgsqlDbType.TimestampTz, messages.Select(message => message.CreatedAt)));
        command.Parameters.Add(Array(NpgsqlDbType.Varchar, messages.Select(message => message.TraceParent)));
        return command;
    }

    /// <summary>
    /// The batch holding <see cref="InsertCommand"/>'s statement ran on <paramref name="context"/>'s connection: wakes this
    /// process's relay now when no transaction is open (the batch committed), else when the context's transaction commits.
    /// Not calling it loses nothing: the relays' poll finds the rows, only later.
    /// </summary>
    public void Written(DbContext context) => _commits.Written(context);

    /// <summary>The outbox rows of the events the aggregates raised; the aggregates' events are cleared.</summary>
    internal List<OutboxMessage> Take(DbContext context, IEnumerable<IHasDomainEvents> aggregates)
    {
        var messages = new List<OutboxMessage>();
        var outbox = context.Model.FindEntityType(typeof(OutboxMessage));
        if (outbox is null)
        {
            return messages;
        }

        IIntegrationEventMapper? mapper = null;
        var now = _clock.GetUtcNow();
        var traceParent = Activity.Current?.Id;
        foreach (var aggregate in aggregates.Where(aggregate => aggregate.DomainEvents.Count > 0))
        {
            mapper ??= _services.GetRequiredKeyedService<IIntegrationEventMapper>(outbox.GetSchema());
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                messages.AddRange(mapper.Map(domainEvent).Select(integrationEvent => OutboxMessage.From(integrationEvent, now, traceParent)));
            }

            aggregate.ClearDomainEvents();
        }

        return messages;
    }

    private static NpgsqlParameter Array<T>(NpgsqlDbType type, IEnumerable<T> values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values.ToArray() };
}
