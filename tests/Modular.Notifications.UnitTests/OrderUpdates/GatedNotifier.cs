using System.Collections.Concurrent;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

/// <summary>Holds the first push to <c>firstBlockedOwner</c> until a push to anyone else has started.</summary>
internal sealed class GatedNotifier(Guid firstBlockedOwner) : IOrderStatusNotifier
{
    private readonly TaskCompletionSource _otherStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<OrderStatusChange> _completed = new();

    public IReadOnlyList<OrderStatusChange> Completed => [.. _completed];

    public async Task NotifyAsync(OrderStatusChange change, CancellationToken cancellationToken)
    {
        if (change.RecipientId == firstBlockedOwner)
        {
            await _otherStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        else
        {
            _otherStarted.TrySetResult();
        }

        _completed.Enqueue(change);
    }
}
