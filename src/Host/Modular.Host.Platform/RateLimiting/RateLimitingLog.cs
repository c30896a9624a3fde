using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.RateLimiting;

internal static partial class RateLimitingLog
{
    [LoggerMessage(
        EventId = 4101,
        Level = LogLevel.Warning,
        Message = "Rate-limit counters: Redis is unreachable; falling back to per-instance in-memory counters until it answers again")]
    public static partial void StoreUnavailable(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Rate-limit counters: Redis answers again; counters are shared across instances")]
    public static partial void StoreRecovered(ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Rate limit reached on {Path} by {Client}; retry in {RetryAfterSeconds} s")]
    public static partial void Rejected(ILogger logger, string path, string client, long retryAfterSeconds);
}
