using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Events;
using Modular.Users.IntegrationEvents;

namespace Modular.Orders.Application.Orders.CancelUserOrders;

/// <summary>A deleted user's pending orders are cancelled and their stock restored; confirmed ones stay.</summary>
internal sealed class CancelPendingOrdersOnUserDeletedHandler(IOrderRepository orders, OrderCancellation cancellation)
    : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken cancellationToken)
    {
        var pending = await orders.GetPendingOfUserForUpdateAsync(integrationEvent.UserId, cancellationToken);
        await cancellation.CancelAsync(pending, CancellationReasons.UserDeleted, cancellationToken);
    }
}
