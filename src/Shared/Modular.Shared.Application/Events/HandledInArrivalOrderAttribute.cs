namespace Modular.Shared.Application.Events;

/// <summary>
/// The handler's queue is consumed one message at a time, in the order RabbitMQ delivers it, instead of
/// <c>Messaging:ConcurrentMessageLimit</c> at once: for handlers whose effects must follow the events' order
/// (a placement's notification before its confirmation's). Per instance only; instances still compete for the queue.
/// A batch handler (<see cref="IIntegrationEventBatchHandler{TEvent}"/>) keeps the order without that limit: its queue's
/// one batcher applies the events in the order their deliveries reach it, so its queue is consumed
/// <c>Messaging:BatchSize</c> at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HandledInArrivalOrderAttribute : Attribute;
