using System.Collections.Concurrent;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.IntegrationTests.Notifications;

/// <summary>Notes every change an instance's own consumer handed to its hub, so a test knows which instance consumed what.</summary>
internal sealed class RecordingNotifier(IOrderStatusNotifier inner, ConcurrentQueue<OrderStatusChange> handled) : IOrderStatusNotifier
{
    public async Task NotifyAsync(OrderStatusChange change, CancellationToken cancellationToken)
    {
        await inner.NotifyAsync(change, cancellationToken);
        handled.Enqueue(change);
    }
}
