using System.Net;
using System.Net.Sockets;

namespace Modular.Testing.Processes;

/// <summary>
/// One client connection of a <see cref="TcpForwarder"/> and its twin to the target: bytes are copied both ways, each
/// chunk waiting for the forwarder's gate (closed while partitioned), until either side closes or it is reset.
/// </summary>
internal sealed class ForwardedConnection(Socket client, Func<Task> gate)
{
    private const int BufferSize = 16 * 1024;
    private readonly Socket _server = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private int _closed;

    /// <summary>Connects to the target (once the gate is open: a partition lets no handshake through) and copies until the end.</summary>
    public async Task RunAsync(int targetPort)
    {
        try
        {
            await gate();
            await _server.ConnectAsync(IPAddress.Loopback, targetPort);
            await Task.WhenAny(PumpAsync(client, _server), PumpAsync(_server, client));
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException)
        {
            // The other side went away, or the forwarder reset the connection.
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Closes both sides with a reset (linger 0), as a host that is gone would: no polite FIN.</summary>
    public void Reset()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        foreach (var socket in new[] { client, _server })
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
            }

            socket.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[BufferSize];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                await gate();
                var sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None);
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException)
        {
            // Either side reset or closed: RunAsync resets the other.
        }
    }
}
