namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>
/// What a relay waits for between batches: a wake-up (outbox rows committed in this process, told by
/// <see cref="Modular.Shared.Infrastructure.Outbox.OutboxCommitSignal"/>) or the poll interval, whichever comes first.
/// Wake-ups while a batch runs fold into one: the relay looks once more when the batch is done. An elapsed poll
/// interval is a timed-out wait, not an exception: an idle host polls every module every interval.
/// </summary>
internal sealed class OutboxWakeUp
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _pending;

    /// <summary>Never waits: called on the thread of the commit.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        if (await _signal.WaitAsync(pollInterval, stoppingToken))
        {
            // Taken before the batch runs: a wake-up from now on is for rows that batch may not see, and releases again.
            Interlocked.Exchange(ref _pending, 0);
        }
    }
}
