using Microsoft.Extensions.Logging;

namespace Modular.Identity.Infrastructure.Revocation;

internal static partial class RevocationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: token revocation checked against PostgreSQL instead")]
    public static partial void RedisUnavailable(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Redis nor PostgreSQL answered: the token of user {UserId} is accepted unchecked")]
    public static partial void FailedOpen(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} revoked: their access tokens are refused from now on")]
    public static partial void Revoked(ILogger logger, Guid userId);
}
