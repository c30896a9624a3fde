using System.Collections.Concurrent;

namespace Modular.Host.Platform.RateLimiting.Store;

/// <summary>The same fixed-window rules as the Redis script, for one instance only: the fallback while Redis is away.</summary>
internal sealed class MemoryRateLimitCounterStore(TimeProvider time) : IRateLimitCounterStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Window> _windows = new();
    private long _nextSweepTicks;

    public int Count => _windows.Count;

    public ValueTask<RateLimitDecision> AcquireAsync(string key, RateLimitRule rule)
    {
        var now = time.GetUtcNow();
        SweepExpired(now);
        var window = _windows.GetOrAdd($"{rule.Policy}:{key}", _ => new Window());
        lock (window)
        {
            window.RestartIfExpired(now, rule.Window);
            if (window.Count >= rule.PermitLimit)
            {
                return ValueTask.FromResult(new RateLimitDecision(false, window.Count, rule.PermitLimit, window.ResetsAt - now));
            }

            window.Count++;
            return ValueTask.FromResult(new RateLimitDecision(true, window.Count, rule.PermitLimit, window.ResetsAt - now));
        }
    }

    public ValueTask ReleaseAsync(string key, RateLimitRule rule)
    {
        if (_windows.TryGetValue($"{rule.Policy}:{key}", out var window))
        {
            lock (window)
            {
                window.Release(time.GetUtcNow());
            }
        }

        return ValueTask.CompletedTask;
    }

    // Windows of clients that went quiet would otherwise accumulate for the life of the process.
    private void SweepExpired(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, next) != next)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            if (window.ResetsAt <= now)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, window));
            }
        }
    }

    private sealed class Window
    {
        public long Count { get; set; }

        public DateTimeOffset ResetsAt { get; private set; } = DateTimeOffset.MinValue;

        public void RestartIfExpired(DateTimeOffset now, TimeSpan length)
        {
            if (ResetsAt <= now || Count == 0)
            {
                Count = 0;
                ResetsAt = now + length;
            }
        }

        // The last counted request given back closes the window, as the Redis script deletes its key.
        public void Release(DateTimeOffset now)
        {
            if (ResetsAt > now && Count > 0)
            {
                Count--;
            }
        }
    }
}
