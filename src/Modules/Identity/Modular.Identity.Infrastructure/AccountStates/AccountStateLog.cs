using Microsoft.Extensions.Logging;

namespace Modular.Identity.Infrastructure.AccountStates;

internal static partial class AccountStateLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish account {UserId} as active; the reconciliation publishes it once Redis answers")]
    public static partial void ActiveNotPublished(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the roles version of account {UserId}; the reconciliation publishes it once Redis answers")]
    public static partial void RolesVersionNotPublished(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish an ended login of account {UserId}; the reconciliation publishes it once Redis answers")]
    public static partial void SessionEndNotPublished(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} published as disabled: its tokens and hub connections are refused from now on")]
    public static partial void Disabled(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account states are not published in Redis: rebuilding them from the database")]
    public static partial void Rebuilding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account states rebuilt in Redis: {Count} active account(s) published")]
    public static partial void Rebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account state rebuild lost its lock (Redis emptied meanwhile); it starts again on the next pass")]
    public static partial void RebuildInterrupted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation published {Count} account state(s) Redis did not hold")]
    public static partial void Reconciled(ILogger logger, int count);
}
