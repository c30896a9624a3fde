namespace Modular.Testing.Processes;

/// <summary>A loopback port reserved for one server of a test, until disposed (<see cref="LoopbackPorts"/>).</summary>
public sealed class PortLease : IDisposable
{
    private readonly FileStream _lock;
    private bool _disposed;

    internal PortLease(int port, FileStream lockFile)
    {
        Port = port;
        _lock = lockFile;
    }

    public int Port { get; }

    public override string ToString() => Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _lock.Dispose();
        LoopbackPorts.Release(Port);
    }
}
