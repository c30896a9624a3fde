namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// Removals everywhere (<see cref="CacheRemoval"/>) made in rounds, the way a database groups commits (ADR 0037): the
/// keys of a call join the next round, which starts as soon as the round in flight has ended, and the call completes
/// with that round. So a call still returns only after a removal and its acknowledgements that began after the call
/// was made, while under load the changes of many requests share one <c>PUBLISH</c>, one wait for acknowledgements,
/// and one removal of a key that several of them changed. Alone, a call starts its round at once.
/// </summary>
/// <param name="removeEverywhere">One round's removal of its keys (distinct, ordinal), each with whether it is also to be
/// removed from Redis; false when the other instances could not be told.</param>
internal sealed class InvalidationRounds(Func<IReadOnlyDictionary<string, bool>, Task<bool>> removeEverywhere)
{
    private readonly Lock _gate = new();
    private Dictionary<string, bool> _next = new(StringComparer.Ordinal);
    private TaskCompletionSource<bool> _nextDone = NewRound();
    private bool _inFlight;

    /// <summary>
    /// Removes <paramref name="keys"/> everywhere (from Redis too when <paramref name="inRedis"/>) in the next round; the
    /// task completes with it: false when the other instances could not be told (Redis away), so the caller makes it
    /// again later; an unexpected failure of the round faults the task of every call in it.
    /// </summary>
    public Task<bool> RemoveAsync(IReadOnlyCollection<string> keys, bool inRedis)
    {
        if (keys.Count == 0)
        {
            return Task.FromResult(true);
        }

        Task<bool> done;
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _next[key] = inRedis || _next.GetValueOrDefault(key);
            }

            done = _nextDone.Task;
            if (_inFlight)
            {
                return done;
            }

            _inFlight = true;
        }

        _ = RunRoundsAsync();
        return done;
    }

    private async Task RunRoundsAsync()
    {
        while (true)
        {
            Dictionary<string, bool> keys;
            TaskCompletionSource<bool> done;
            lock (_gate)
            {
                if (_next.Count == 0)
                {
                    _inFlight = false;
                    return;
                }

                (keys, done) = (_next, _nextDone);
                (_next, _nextDone) = (new Dictionary<string, bool>(StringComparer.Ordinal), NewRound());
            }

            try
            {
                done.SetResult(await removeEverywhere(keys));
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        }
    }

    // The callers' continuations (the rest of their requests) must not run inside the round loop.
    private static TaskCompletionSource<bool> NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
