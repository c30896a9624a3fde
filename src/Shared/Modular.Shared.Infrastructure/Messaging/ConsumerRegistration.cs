using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Inbox;

namespace Modular.Shared.Infrastructure.Messaging;

/// <summary>One integration event handler of one module, consumed from a queue of its own.</summary>
internal sealed record ConsumerRegistration(string Module, Type EventType, Type HandlerType, Type DbContextType)
{
    /// <summary>Queue named after module and handler, so one module's backlog never stalls another's.</summary>
    public string QueueName => $"{Module}.{ConsumerNames.For(HandlerType)}";

    /// <summary>The handler asked for its queue to be consumed one message at a time (<see cref="HandledInArrivalOrderAttribute"/>).</summary>
    public bool InArrivalOrder => HandlerType.IsDefined(typeof(HandledInArrivalOrderAttribute), inherit: false);

    /// <summary>The handler applies its events in batches (<see cref="IIntegrationEventBatchHandler{TEvent}"/>).</summary>
    public bool Batched => typeof(IIntegrationEventBatchHandler<>).MakeGenericType(EventType).IsAssignableFrom(HandlerType);

    internal Type ConsumerType => (Batched ? typeof(InboxBatchConsumer<,,>) : typeof(InboxConsumer<,,>)).MakeGenericType(EventType, HandlerType, DbContextType);
}
