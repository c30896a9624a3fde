using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Accounts;

/// <summary>
/// The value of <see cref="AccountStateKeys.EndedSessionsFor"/>: comma-separated entries <c>{sid:N}:{until}</c>, where
/// <c>until</c> (Unix milliseconds) is when the last access token of that login has expired, clock skew included. Only
/// Identity writes it (a Lua script that drops entries past their <c>until</c>); every process reads it with
/// <see cref="Parse"/>.
/// </summary>
public static class EndedSessions
{
    private const int SessionIdLength = 32;

    /// <summary>The session ids in <paramref name="value"/>; null when there are none. An entry it cannot read is skipped.</summary>
    public static Guid[]? Parse(RedisValue value)
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        var text = ((string?)value).AsSpan();
        var sessions = new List<Guid>();
        foreach (var range in text.Split(','))
        {
            var entry = text[range];
            if (entry.Length > SessionIdLength && Guid.TryParseExact(entry[..SessionIdLength], "N", out var sessionId))
            {
                sessions.Add(sessionId);
            }
        }

        return sessions.Count == 0 ? null : [.. sessions];
    }

    /// <summary>One entry of the value, as the writer appends it.</summary>
    public static string Entry(Guid sessionId, DateTimeOffset until) => $"{sessionId:N}:{until.ToUnixTimeMilliseconds()}";
}
