using System.Net;
using System.Net.Sockets;

namespace Modular.Testing;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of one server whose replies can be held: while <see cref="Hold"/> is on, what the
/// server sends (RabbitMQ's publisher confirms and deliveries, for instance) waits in the proxy, while what the client
/// sends still goes through. It plays a server that is slow to answer, which a loaded machine can be.
/// </summary>
public sealed class HeldRepliesProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _closing = new();
    private readonly List<TcpClient> _sockets = [];
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly Task _accepting;
    private TaskCompletionSource _released = Released();

    /// <param name="server">The server's URI; only its host and port are used.</param>
    public HeldRepliesProxy(Uri server)
    {
        _serverHost = server.Host;
        _serverPort = server.Port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The proxy's port on 127.0.0.1.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The server's URI with the proxy's port in its place.</summary>
    public string Through(string serverUri) => new UriBuilder(serverUri) { Host = "127.0.0.1", Port = Port }.Uri.ToString();

    /// <summary>From now on the server's replies wait in the proxy.</summary>
    public void Hold()
    {
        if (Volatile.Read(ref _released).Task.IsCompleted)
        {
            Volatile.Write(ref _released, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>Lets the held replies, and all later ones, through.</summary>
    public void Release() => Volatile.Read(ref _released).TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        Release();
        _listener.Stop();
        lock (_sockets)
        {
            _sockets.ForEach(socket => socket.Dispose());
        }

        await _accepting;
        _closing.Dispose();
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_closing.Token);
                var server = new TcpClient();
                lock (_sockets)
                {
                    _sockets.Add(client);
                    _sockets.Add(server);
                }

                await server.ConnectAsync(_serverHost, _serverPort, _closing.Token);
                _ = PumpAsync(client.GetStream(), server.GetStream(), held: false);
                _ = PumpAsync(server.GetStream(), client.GetStream(), held: true);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Closing.
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool held)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _closing.Token)) > 0)
            {
                if (held)
                {
                    await Volatile.Read(ref _released).Task.WaitAsync(_closing.Token);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _closing.Token);
            }

            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or IOException or SocketException)
        {
            // One side closed, or the proxy is closing: the other side sees its connection end.
            to.Socket.Close();
        }
    }
}
