using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Modular.Testing.Processes;

/// <summary>
/// Hands out loopback ports from one range, <c>MODULAR_PROCESS_PORTS</c> (<c>first-last</c>, default
/// <c>7000-7199</c>), so that servers started by tests never take a port another engineer's services or another
/// scenario use. A port is leased until its <see cref="PortLease"/> is disposed: within this process by a set, across
/// processes by an exclusive lock file (<c>$TMPDIR/modular-ports/&lt;port&gt;.lock</c>, released by the OS when the
/// process dies), and it is only handed out when nothing listens on it and it can be bound.
/// </summary>
public static class LoopbackPorts
{
    public const string RangeVariable = "MODULAR_PROCESS_PORTS";

    private static readonly Lock Gate = new();
    private static readonly HashSet<int> Leased = [];
    private static int _next;

    public static (int First, int Last) Range { get; } = ParseRange(Environment.GetEnvironmentVariable(RangeVariable));

    /// <summary>A free port of the range, leased until disposed.</summary>
    public static PortLease Lease()
    {
        var size = Range.Last - Range.First + 1;
        for (var tried = 0; tried < size; tried++)
        {
            int port;
            lock (Gate)
            {
                port = Range.First + (_next++ % size);
                if (!Leased.Add(port))
                {
                    continue;
                }
            }

            var lease = TryLease(port);
            if (lease is not null)
            {
                return lease;
            }

            lock (Gate)
            {
                Leased.Remove(port);
            }
        }

        throw new InvalidOperationException($"No free port left in {Range.First}-{Range.Last} ({RangeVariable}).");
    }

    internal static void Release(int port)
    {
        lock (Gate)
        {
            Leased.Remove(port);
        }
    }

    private static PortLease? TryLease(int port)
    {
        var directory = Path.Combine(Path.GetTempPath(), "modular-ports");
        Directory.CreateDirectory(directory);
        FileStream file;
        try
        {
            // FileShare.None is an exclusive flock on Linux: another test process holding this port is refused here.
            file = new FileStream(Path.Combine(directory, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        if (IsListening(port) || !CanBind(port))
        {
            file.Dispose();
            return null;
        }

        return new PortLease(port, file);
    }

    private static bool IsListening(int port)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            var connect = client.ConnectAsync(IPAddress.Loopback, port);
            return connect.Wait(TimeSpan.FromMilliseconds(200)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool CanBind(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static (int First, int Last) ParseRange(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (7000, 7199);
        }

        var parts = value.Split('-', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first is > 0 and <= 65535 && last >= first && last <= 65535)
        {
            return (first, last);
        }

        throw new InvalidOperationException($"{RangeVariable} must be 'first-last' (e.g. 7000-7199); got '{value}'.");
    }
}
