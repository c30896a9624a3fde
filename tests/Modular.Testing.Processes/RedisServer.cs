using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Modular.Testing.Processes;

/// <summary>A redis-server of the test's own on 127.0.0.1, no persistence; it can be stopped and started again on its port.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ProcessWorkspace _workspace;
    private readonly PortLease _port;
    private readonly string _folder;
    private ChildProcess? _process;

    private RedisServer(ProcessWorkspace workspace, PortLease port, string folder)
    {
        _workspace = workspace;
        _port = port;
        _folder = folder;
    }

    public int Port => _port.Port;

    /// <summary>StackExchange.Redis configuration string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public ChildProcess? Process => _process;

    public static async Task<RedisServer> StartAsync(ProcessWorkspace workspace, string name = "redis")
    {
        var server = new RedisServer(workspace, LoopbackPorts.Lease(), workspace.Folder(name));
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            return;
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = ChildProcess.Start(
            $"redis:{Port}",
            "redis-server",
            ["--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture), "--save", string.Empty, "--appendonly", "no", "--dir", _folder],
            new Dictionary<string, string?>(),
            _workspace.LogFile($"redis-{Port}"));
        await StartupWait.UntilReadyAsync(_process, $"redis-server on port {Port}", timeout ?? TimeSpan.FromSeconds(30), async () =>
            await AnswersPingAsync() ? null : "no answer to PING");
    }

    /// <summary>Stops the server: SIGKILL by default (a crash), SIGTERM for a clean shutdown.</summary>
    public async Task StopAsync(UnixSignal signal = UnixSignal.Kill)
    {
        if (_process is not null)
        {
            await _process.StopAsync(signal, TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _port.Dispose();
    }

    private async Task<bool> AnswersPingAsync()
    {
        using var socket = new TcpClient();
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, Port);
            var stream = socket.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
