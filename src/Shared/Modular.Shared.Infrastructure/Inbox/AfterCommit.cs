using Microsoft.Extensions.Logging;
using Modular.Shared.Application.Events;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>The work a handler asked for after the commit that applied its event(s) (<see cref="IIntegrationEventCommitted"/>).</summary>
internal static class AfterCommit
{
    /// <summary>Runs it when <paramref name="handler"/> has any; a failure is logged, not thrown: the events are applied and recorded, and a retry would find only duplicates.</summary>
    public static async Task RunAsync(object? handler, ILogger logger, string consumer, Guid eventId, CancellationToken cancellationToken)
    {
        if (handler is not IIntegrationEventCommitted committed)
        {
            return;
        }

        try
        {
            await committed.CommittedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InboxLog.AfterCommitFailed(logger, consumer, eventId, exception);
        }
    }
}
