using Microsoft.Extensions.Logging;

namespace Modular.Shared.Infrastructure.Caching;

internal static partial class CacheInvalidationLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Cache invalidation of {KeyCount} key(s) could not be published ({Reason}); it is made again when Redis answers, and other instances read past their memory until then")]
    public static partial void PublishFailed(ILogger logger, int keyCount, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Cache invalidation of {KeyCount} key(s) was acknowledged by {Acknowledged} of {Receivers} instance(s) within {Timeout}; the others drop the entries when the message reaches them")]
    public static partial void AcknowledgementsLate(ILogger logger, int keyCount, int acknowledged, long receivers, TimeSpan timeout);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Cache invalidations: listening on {Channel} (instance {InstanceId}); entries in memory are used again")]
    public static partial void Listening(ILogger logger, string channel, string instanceId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "Cache invalidations: not listening ({Reason}); entries in memory are not used until Redis answers again")]
    public static partial void NotListening(ILogger logger, string reason);
}
