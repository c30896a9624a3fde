using System.Collections.Concurrent;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

internal sealed class RecordingNotifier : IOrderStatusNotifier
{
    private readonly ConcurrentQueue<OrderStatusChange> _sent = new();

    public IReadOnlyList<OrderStatusChange> Sent => [.. _sent];

    public Task NotifyAsync(OrderStatusChange change, CancellationToken cancellationToken)
    {
        _sent.Enqueue(change);
        return Task.CompletedTask;
    }
}
