using Microsoft.Extensions.Logging;

namespace Modular.Shared.Infrastructure.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Consumer {Consumer}: event {EventId} was already applied; acknowledged without effect")]
    public static partial void Duplicate(ILogger logger, string consumer, Guid eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer {Consumer}: a batch of {Count} events failed; applying them one by one")]
    public static partial void BatchFailed(ILogger logger, string consumer, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer {Consumer}: event {EventId} was applied, but the work after its commit failed")]
    public static partial void AfterCommitFailed(ILogger logger, string consumer, Guid eventId, Exception exception);
}
