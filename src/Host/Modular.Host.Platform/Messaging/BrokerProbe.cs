using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Modular.Host.Platform.Messaging;

/// <summary>
/// Asks RabbitMQ itself whether it answers, through an AMQP connection of its own, independent of MassTransit's
/// (whose receive endpoints retry on a back-off of up to 30 s). Connected only while someone asks; closed by
/// <see cref="Release"/> once the bus is healthy again, so a healthy host holds no extra connection.
/// </summary>
internal sealed class BrokerProbe(RabbitMqEndpoint endpoint) : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    /// <summary>True when an AMQP connection to the broker is (or can be) open now.</summary>
    public async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true })
            {
                return true;
            }

            await CloseAsync();
            var factory = new ConnectionFactory
            {
                HostName = endpoint.Host,
                Port = endpoint.Port,
                VirtualHost = endpoint.VirtualHost,
                UserName = endpoint.Username,
                Password = endpoint.Password,
                RequestedConnectionTimeout = ConnectTimeout,
                AutomaticRecoveryEnabled = false,
                ClientProvidedName = "modular-readiness",
            };
            try
            {
                _connection = await factory.CreateConnectionAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is BrokerUnreachableException or IOException or OperationInterruptedException or TimeoutException)
            {
                return false;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the probe's connection (the bus answers for the broker again).</summary>
    public async Task Release()
    {
        if (_connection is null || !await _gate.WaitAsync(0))
        {
            return;
        }

        try
        {
            await CloseAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _gate.Dispose();
    }

    private async Task CloseAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            await _connection.DisposeAsync();
        }
        catch (Exception exception) when (exception is IOException or OperationInterruptedException or AlreadyClosedException)
        {
            // A connection the broker already dropped has nothing left to close.
        }

        _connection = null;
    }
}
