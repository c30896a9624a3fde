using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Messaging.Housekeeping;

internal static partial class HousekeepingLog
{
    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Module {Module}: purged {Outbox} relayed outbox row(s) and {Inbox} applied inbox row(s) past their retention")]
    public static partial void Purged(ILogger logger, string module, int outbox, int inbox);
}
