using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Events;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>
/// The MassTransit consumer behind every <see cref="IIntegrationEventBatchHandler{TEvent}"/>: the handler's preparation
/// (<see cref="IIntegrationEventPreparation{TEvent}"/>, outside any transaction) for this delivery, then its event joins
/// the handler's next batch (<see cref="InboxBatcher{THandler, TContext}"/>). The delivery is acknowledged only
/// once its batch has committed; a failure of its own event fails it, for MassTransit to retry and park.
/// </summary>
internal sealed class InboxBatchConsumer<TEvent, THandler, TContext>(InboxBatcher<THandler, TContext> batcher, IServiceProvider services)
    : IConsumer<TEvent>
    where TEvent : class
    where THandler : class, IIntegrationEventBatchHandler<TEvent>
    where TContext : Microsoft.EntityFrameworkCore.DbContext
{
    private static readonly bool Prepares = typeof(IIntegrationEventPreparation<TEvent>).IsAssignableFrom(typeof(THandler));

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        if (Prepares)
        {
            var preparation = (IIntegrationEventPreparation<TEvent>)services.GetRequiredService<THandler>();
            await preparation.PrepareAsync(context.Message, context.CancellationToken);
        }

        await batcher.ApplyAsync(context.Message, IntegrationEventMetadata.Read(context.Message).EventId);
    }
}
