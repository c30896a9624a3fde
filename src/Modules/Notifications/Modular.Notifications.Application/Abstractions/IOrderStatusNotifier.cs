using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Application.Abstractions;

/// <summary>
/// Delivers an order status change to every live connection of its recipient, on whichever instance they are
/// connected. Throws when the change could not be handed to the delivery channel, so the event is retried.
/// </summary>
internal interface IOrderStatusNotifier
{
    Task NotifyAsync(OrderStatusChange change, CancellationToken cancellationToken);
}
