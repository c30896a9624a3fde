namespace Modular.Shared.Application.Events;

/// <summary>
/// Work an event needs before its transaction and outside the database, such as a call to another system that may take
/// long (a payment). It runs for each delivery of the event before the inbox transaction opens, so no database
/// connection, transaction or row lock is held while it waits. It runs again when the event is redelivered or retried,
/// so it must be idempotent itself (a payment provider takes the event id as its idempotency key). Throw to fail the
/// delivery: it is retried, then parked, like any other failure.
/// </summary>
public interface IIntegrationEventPreparation<in TEvent>
    where TEvent : class
{
    Task PrepareAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
