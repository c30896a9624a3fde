namespace Modular.Shared.Infrastructure.Messaging;

/// <summary>What the modules publish and consume, collected while they register, read when the bus is configured.</summary>
internal sealed class MessagingRegistry
{
    private readonly List<ConsumerRegistration> _consumers = [];
    private readonly HashSet<Type> _publishedEvents = [];

    public IReadOnlyList<ConsumerRegistration> Consumers => _consumers;

    public IReadOnlyCollection<Type> PublishedEvents => _publishedEvents;

    internal void AddConsumer(ConsumerRegistration registration)
    {
        if (_consumers.Any(existing => existing.QueueName == registration.QueueName && existing.EventType == registration.EventType))
        {
            return;
        }

        _consumers.Add(registration);
    }

    internal void AddPublishedEvent(Type eventType) => _publishedEvents.Add(eventType);
}
