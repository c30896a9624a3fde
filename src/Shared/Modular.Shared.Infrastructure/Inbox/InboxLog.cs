using Microsoft.Extensions.Logging;

namespace Modular.Shared.Infrastructure.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Consumer {Consumer}: event {EventId} was already applied; acknowledged without effect")]
    public static partial void Duplicate(ILogger logger, string consumer, Guid eventId);
}
