using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Jobs;

namespace Modular.Identity.Infrastructure.RefreshTokens;

/// <summary>Deletes expired refresh tokens every <see cref="RefreshTokenPurgeOptions.PurgeInterval"/>.</summary>
internal sealed partial class RefreshTokenPurgeJob(
    RefreshTokenPurger purger,
    IOptions<RefreshTokenPurgeOptions> options,
    TimeProvider clock,
    ILogger<RefreshTokenPurgeJob> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PurgeInterval;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var deleted = await purger.PurgeExpiredAsync(stoppingToken);
        if (deleted > 0)
        {
            LogPurged(Logger, deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired refresh token(s)")]
    private static partial void LogPurged(ILogger logger, int count);
}
