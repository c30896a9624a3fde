using System.Net;
using System.Net.Sockets;
using Modular.Testing.Processes;

namespace Modular.FaultTests.HarnessTests;

/// <summary>The forwarder cuts a network the way the scenarios need: silently (partition) or loudly (stop).</summary>
public sealed class TcpForwarderTests : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(5);
    private readonly EchoServer _echo = new();

    [Fact]
    public async Task A_partition_stalls_open_connections_and_new_connects_without_closing_anything_and_heals()
    {
        await using var forwarder = TcpForwarder.Start(_echo.Port);
        using var open = await ConnectAsync(forwarder.Port);
        Assert.Equal("a", await EchoAsync(open, "a", Answer));

        forwarder.Partition();
        var stalled = EchoAsync(open, "b", Answer);
        var connecting = ConnectAsync(forwarder.Port);
        // Neither an echo nor a connection gets through while partitioned.
        await Assert.ThrowsAsync<TimeoutException>(() => Task.WhenAny(stalled, connecting).WaitAsync(Quiet));
        Assert.True(forwarder.IsPartitioned);

        forwarder.Heal();
        Assert.Equal("b", await stalled.WaitAsync(Answer));
        using var late = await connecting.WaitAsync(Answer);
        Assert.Equal("c", await EchoAsync(late, "c", Answer));
    }

    [Fact]
    public async Task A_stop_resets_open_connections_and_refuses_new_ones_until_started_again()
    {
        await using var forwarder = TcpForwarder.Start(_echo.Port);
        using var open = await ConnectAsync(forwarder.Port);
        Assert.Equal("a", await EchoAsync(open, "a", Answer));

        forwarder.Stop();
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var text = await EchoAsync(open, "b", Answer);
            Assert.Fail($"a stopped forwarder answered '{text}'");
        });
        await Assert.ThrowsAsync<SocketException>(() => ConnectAsync(forwarder.Port));

        forwarder.Start();
        using var again = await ConnectAsync(forwarder.Port);
        Assert.Equal("c", await EchoAsync(again, "c", Answer));
    }

    public async ValueTask DisposeAsync() => await _echo.DisposeAsync();

    private static async Task<TcpClient> ConnectAsync(int port)
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task<string> EchoAsync(TcpClient client, string text, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(text), deadline.Token);
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer, deadline.Token);
        return read == 0 ? throw new IOException("closed") : System.Text.Encoding.ASCII.GetString(buffer, 0, read);
    }

    /// <summary>Writes back whatever it reads, on an ephemeral port.</summary>
    private sealed class EchoServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _serving;

        public EchoServer()
        {
            _listener.Start();
            _serving = ServeAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await _serving;
        }

        private async Task ServeAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
                {
                    return;
                }

                _ = EchoAsync(client);
            }
        }

        private static async Task EchoAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[1024];
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer)) > 0)
                    {
                        await stream.WriteAsync(buffer.AsMemory(0, read));
                    }
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
