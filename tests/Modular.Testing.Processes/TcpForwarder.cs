using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Modular.Testing.Processes;

/// <summary>
/// A TCP forwarder in the test process, put between a client (the host) and a server (e.g. PostgreSQL) to cut the
/// network between them:
/// <list type="bullet">
/// <item><see cref="Partition"/>: a silent partition. No byte moves in either direction on open connections, none is
/// closed, and new connections hang in <c>connect()</c> as when SYNs are dropped (the port's accept queue is kept
/// full). What the client sees is timeouts, never a refusal or a reset.</item>
/// <item><see cref="Heal"/>: bytes flow again; connections that survived the partition carry on.</item>
/// <item><see cref="Stop"/> / <see cref="Start()"/>: the port refuses connections and every open one is reset, as when
/// the server's machine goes away; then listens again.</item>
/// </list>
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly PortLease _port;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<ForwardedConnection, byte> _links = new();
    private readonly List<Socket> _queueFillers = [];
    private TaskCompletionSource _open = Opened();
    private Socket? _listener;
    private Task _accepting = Task.CompletedTask;
    private Socket? _blackHole;

    private TcpForwarder(PortLease port, int targetPort)
    {
        _port = port;
        _targetPort = targetPort;
    }

    /// <summary>The port clients connect to.</summary>
    public int Port => _port.Port;

    public bool IsPartitioned => !_open.Task.IsCompleted;

    public int OpenConnections => _links.Count;

    /// <summary>Listens on a leased loopback port and forwards every connection to 127.0.0.1:<paramref name="targetPort"/>.</summary>
    public static TcpForwarder Start(int targetPort)
    {
        var forwarder = new TcpForwarder(LoopbackPorts.Lease(), targetPort);
        forwarder.Start();
        return forwarder;
    }

    public void Start()
    {
        if (_listener is not null || _blackHole is not null)
        {
            return;
        }

        var listener = Listen(backlog: 512);
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    public void Partition()
    {
        if (!_open.Task.IsCompleted)
        {
            return;
        }

        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Interlocked.Exchange(ref _listener, null) is not { } listener)
        {
            return;
        }

        // The listening socket is swapped for one whose accept queue (backlog 0: one connection) is filled by a
        // connection of our own and never drained: the kernel then drops every further SYN, so connect() hangs.
        listener.Dispose();
        _blackHole = Listen(backlog: 0);
        FillUntilConnectsHang();
    }

    /// <summary>
    /// Connects fillers until a connect hangs. A connect() returns when its SYN-ACK arrives, which may be before the
    /// kernel has queued the connection, so the first filler alone let a SYN in between complete (seen once under load).
    /// </summary>
    private void FillUntilConnectsHang()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            if (!filler.ConnectAsync(IPAddress.Loopback, Port).Wait(TimeSpan.FromMilliseconds(100)))
            {
                filler.Dispose();
                return;
            }

            _queueFillers.Add(filler);
        }

        throw new InvalidOperationException($"Port {Port}: connections still complete while partitioned.");
    }

    public void Heal()
    {
        if (_blackHole is not null)
        {
            _queueFillers.ForEach(filler => filler.Dispose());
            _queueFillers.Clear();
            _blackHole.Dispose();
            _blackHole = null;
            Start();
        }

        _open.TrySetResult();
    }

    /// <summary>Closes the listening port and resets every open connection.</summary>
    public void Stop()
    {
        var listener = Interlocked.Exchange(ref _listener, null);
        listener?.Dispose();
        foreach (var link in _links.Keys)
        {
            link.Reset();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Heal();
        Stop();
        await _accepting;
        _port.Dispose();
    }

    private Socket Listen(int backlog)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, Port));
        listener.Listen(backlog);
        return listener;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptAsync(Socket listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = LinkAsync(client);
        }
    }

    private async Task LinkAsync(Socket client)
    {
        var link = new ForwardedConnection(client, () => _open.Task);
        _links[link] = 0;
        try
        {
            await link.RunAsync(_targetPort);
        }
        finally
        {
            _links.TryRemove(link, out _);
        }
    }
}
