namespace Modular.Shared.Application.Events;

/// <summary>
/// Reacts to another module's (or this module's own) integration event. Runs inside a transaction
/// together with the inbox record of the event, so a redelivery changes nothing twice.
/// Throw to have the delivery retried; it is parked in the error queue when retries run out.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
