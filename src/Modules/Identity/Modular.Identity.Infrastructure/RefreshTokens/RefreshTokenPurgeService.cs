using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Modular.Identity.Infrastructure.RefreshTokens;

internal sealed partial class RefreshTokenPurgeService(
    RefreshTokenPurger purger,
    IOptions<RefreshTokenPurgeOptions> options,
    TimeProvider clock,
    ILogger<RefreshTokenPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await purger.PurgeExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogPurged(deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired refresh token(s)")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired refresh tokens failed; next attempt at the next interval")]
    private partial void LogFailed(Exception exception);
}
