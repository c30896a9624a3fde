using System.Threading.Channels;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>
/// What a relay waits for between batches: a wake-up (outbox rows committed in this process, told by
/// <see cref="Modular.Shared.Infrastructure.Outbox.OutboxCommitSignal"/>) or the poll interval, whichever comes first.
/// Wake-ups while a batch runs fold into one: the relay looks once more when the batch is done.
/// </summary>
internal sealed class OutboxWakeUp
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Never waits: called on the thread of the commit.</summary>
    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        poll.CancelAfter(pollInterval);
        try
        {
            await _signals.Reader.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval elapsed: look anyway, for rows no wake-up announced (another process wrote them).
        }
    }
}
