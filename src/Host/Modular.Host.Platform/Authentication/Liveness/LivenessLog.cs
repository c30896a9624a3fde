using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Authentication.Liveness;

internal static partial class LivenessLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Account states unreadable in Redis: the last known state of each user is used, and users not seen before are accepted on their token alone")]
    public static partial void Unreadable(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account states are not published in Redis yet (no Identity instance has rebuilt them since Redis started empty): tokens are accepted on their signature alone until they are")]
    public static partial void Unpublished(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to account state changes")]
    public static partial void Subscribed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to account state changes yet; retrying (states are still re-read every few seconds)")]
    public static partial void SubscribeFailed(ILogger logger, Exception exception);
}
