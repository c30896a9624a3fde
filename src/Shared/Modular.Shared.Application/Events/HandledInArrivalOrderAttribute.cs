namespace Modular.Shared.Application.Events;

/// <summary>
/// The handler's queue is consumed one message at a time, in the order RabbitMQ delivers it, instead of
/// <c>Messaging:ConcurrentMessageLimit</c> at once: for handlers whose effects must follow the events' order
/// (a placement's notification before its confirmation's). Per instance only; instances still compete for the queue.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HandledInArrivalOrderAttribute : Attribute;
