using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Events;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>
/// The MassTransit consumer behind every <see cref="IIntegrationEventHandler{TEvent}"/>: it records the event in
/// the inbox of the handler's module (the inbox table its DbContext maps) and runs the handler in one transaction,
/// so a redelivered event changes nothing twice.
/// </summary>
internal sealed class InboxConsumer<TEvent, THandler, TContext>(
    TContext context,
    THandler handler,
    IntegrationEventMetrics metrics,
    TimeProvider clock,
    ILogger<InboxConsumer<TEvent, THandler, TContext>> logger) : IConsumer<TEvent>
    where TEvent : class
    where THandler : class, IIntegrationEventHandler<TEvent>
    where TContext : DbContext
{
    private static readonly string ConsumerName = ConsumerNames.For(typeof(THandler));

    public async Task Consume(ConsumeContext<TEvent> consumeContext)
    {
        var started = Stopwatch.GetTimestamp();
        var eventId = IntegrationEventMetadata.Read(consumeContext.Message).EventId;
        var cancellationToken = consumeContext.CancellationToken;
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            // A concurrent duplicate blocks on the primary key until the first commits, then inserts nothing.
#pragma warning disable EF1002 // The only interpolated part is the module's own table name, never input.
            var recorded = await context.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {InboxTable.Of(context)} (event_id, consumer, type, processed_at) VALUES ({{0}}, {{1}}, {{2}}, {{3}}) ON CONFLICT DO NOTHING",
                [eventId, ConsumerName, typeof(TEvent).FullName!, clock.GetUtcNow()],
                cancellationToken);
#pragma warning restore EF1002
            if (recorded == 0)
            {
                InboxLog.Duplicate(logger, ConsumerName, eventId);
                metrics.Consumed(ConsumerName, "duplicate", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return;
            }

            await handler.HandleAsync(consumeContext.Message, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            metrics.Consumed(ConsumerName, "succeeded", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await AfterCommit.RunAsync(handler, logger, ConsumerName, eventId, cancellationToken);
        }
        catch (Exception)
        {
            metrics.Consumed(ConsumerName, "failed", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            // A retry gets a clean slate: nothing this attempt tracked may leak into the next one.
            context.ChangeTracker.Clear();
            throw;
        }
    }
}
