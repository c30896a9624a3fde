using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Modular.Shared.Infrastructure.Outbox;
using Npgsql;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>Holds a LISTEN connection for one module's outbox channel and turns notifications into wake-ups.</summary>
internal sealed class OutboxWakeUpListener(NpgsqlDataSource dataSource, string schema, ILogger logger)
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(10);

    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the poll interval, whichever comes first.</summary>
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
            // The poll interval elapsed: look anyway, in case a notification was missed.
        }
    }

    /// <summary>Listens until the host stops, reconnecting with back-off; ends by the stopping token's cancellation.</summary>
    public async Task ListenAsync(CancellationToken stoppingToken)
    {
        var channel = OutboxNotifications.Channel(schema);
        var failures = 0;
        while (true)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                failures = 0;
                // Rows may have arrived while we were not listening.
                Wake();
                try
                {
                    while (true)
                    {
                        await connection.WaitAsync(stoppingToken);
                    }
                }
                finally
                {
                    await UnlistenAsync(connection);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                OutboxLog.ListenerFailed(logger, schema, exception);
                await Task.Delay(Backoff.For(failures, MaxReconnectDelay), stoppingToken);
            }
        }
    }

    /// <summary>The pool does not reset connections (No Reset On Close): one given back must not keep listening.</summary>
    private static async Task UnlistenAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection) { CommandTimeout = 2 };
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // A connection that cannot take the command is broken, and the pool discards broken connections.
        }
    }
}
