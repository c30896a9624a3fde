using Modular.Notifications.Application.OrderUpdates;

namespace Modular.Notifications.UnitTests.OrderUpdates;

internal static class NotificationHandlerBatch
{
    /// <summary>What the inbox batcher does with a batch: one call per event type, then the completion.</summary>
    public static async Task RunBatchAsync(this NotifyOrderStatusChangedHandler handler, params Func<NotifyOrderStatusChangedHandler, Task>[] runs)
    {
        foreach (var run in runs)
        {
            await run(handler);
        }

        await handler.CompleteBatchAsync(CancellationToken.None);
    }
}
