using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Shared.Application.Security;

namespace Modular.Shared.Web.Hubs;

/// <summary>
/// Closes, every <see cref="CheckInterval"/>, the hub connections this process holds for accounts that are no longer
/// active (deleted users) and for logins that were ended (logout, refresh-token reuse: ADR 0044). The decision is what
/// Identity publishes (<see cref="IAccountLiveness"/>: one batched read for the users whose answer is older than a couple
/// of seconds, or was dropped by an announcement); the closing happens here, on the process that holds the connections.
/// With the liveness bound this stays within the contract's 5 seconds of the change even when an announcement is lost.
/// </summary>
internal sealed partial class InactiveAccountConnectionCloser(
    AccountConnections connections,
    IAccountLiveness liveness,
    TimeProvider clock,
    ILogger<InactiveAccountConnectionCloser> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>One pass; returns how many connections it closed.</summary>
    public async Task<int> CloseInactiveAsync(CancellationToken cancellationToken)
    {
        var sessions = connections.Sessions;
        if (sessions.Count == 0)
        {
            return 0;
        }

        var closed = 0;
        foreach (var session in await liveness.FindRefusedAsync(sessions, cancellationToken))
        {
            var count = connections.Close(session);
            closed += count;
            if (count > 0)
            {
                LogClosed(count, session.UserId, session.SessionId);
            }
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CloseInactiveAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} hub connection(s) of user {UserId}, login {SessionId}: the account is no longer active or the login was ended")]
    private partial void LogClosed(int count, Guid userId, Guid? sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking hub connections for inactive accounts failed; trying again shortly")]
    private partial void LogFailed(Exception exception);
}
