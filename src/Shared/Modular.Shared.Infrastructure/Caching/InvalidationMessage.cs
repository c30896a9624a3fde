using StackExchange.Redis;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// Wire format of <see cref="CacheInvalidationChannel"/>, lines of UTF-8 text: an invalidation is its id, the
/// publishing instance, then one key per line; an acknowledgement is the invalidation's id and the acknowledging
/// instance. Cache keys are built by modules from prefixes and identifiers and never contain a line break.
/// </summary>
internal static class InvalidationMessage
{
    private const char Separator = '\n';

    public static RedisValue Write(string id, string source, IReadOnlyCollection<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A cache key cannot contain a line break: '{key}'.", nameof(keys));
            }
        }

        return string.Join(Separator, keys.Prepend(source).Prepend(id));
    }

    public static bool TryRead(RedisValue payload, out string id, out string source, out string[] keys)
    {
        var lines = ((string?)payload ?? string.Empty).Split(Separator);
        (id, source, keys) = lines.Length >= 3 ? (lines[0], lines[1], lines[2..]) : (string.Empty, string.Empty, []);
        return lines.Length >= 3;
    }

    public static RedisValue Acknowledgement(string id, string instanceId) => id + Separator + instanceId;

    public static bool TryReadAcknowledgement(RedisValue payload, out string id, out string instanceId)
    {
        var lines = ((string?)payload ?? string.Empty).Split(Separator);
        (id, instanceId) = lines.Length == 2 ? (lines[0], lines[1]) : (string.Empty, string.Empty);
        return lines.Length == 2;
    }
}
