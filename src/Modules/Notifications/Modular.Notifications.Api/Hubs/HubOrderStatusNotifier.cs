using Microsoft.AspNetCore.SignalR;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Api.Hubs;

/// <summary>
/// Sends to the recipient's connections through the hub lifetime manager: with the Redis backplane that is one
/// publish on the user's channel, which every instance holding one of that user's connections forwards.
/// </summary>
internal sealed class HubOrderStatusNotifier(IHubContext<NotificationsHub> hub) : IOrderStatusNotifier
{
    public Task NotifyAsync(OrderStatusChange change, CancellationToken cancellationToken) =>
        hub.Clients.User(UserAddress.Of(change.RecipientId)).SendAsync(
            NotificationsHub.OrderStatusChangedMethod,
            new OrderStatusChangedMessage(change.OrderId, OrderStatusNames.Of(change.Status), change.OccurredAt),
            cancellationToken);
}
