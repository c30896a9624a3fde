using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>Holds a LISTEN connection for one module's outbox channel and turns notifications into wake-ups.</summary>
internal sealed class OutboxWakeUpListener(NpgsqlDataSource dataSource, string schema, ILogger logger)
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(pollInterval);
        try
        {
            await _signals.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval elapsed: look anyway, in case a notification was missed.
        }
    }

    public async Task ListenAsync(CancellationToken cancellationToken)
    {
        var channel = OutboxNotifications.Channel(schema);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                failures = 0;
                // Rows may have arrived while we were not listening.
                Wake();
                while (!cancellationToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                failures++;
                OutboxLog.ListenerFailed(logger, schema, exception);
                await Backoff.DelayAsync(failures, TimeSpan.FromSeconds(10), cancellationToken);
            }
        }
    }
}
