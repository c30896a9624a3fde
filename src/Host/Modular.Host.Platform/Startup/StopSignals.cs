using System.Runtime.InteropServices;

namespace Modular.Host.Platform.Startup;

/// <summary>
/// SIGTERM, SIGINT and SIGQUIT heard from the entry point's first line on. The console lifetime listens only once the
/// host starts running; before that (building the host, migrating) the runtime's default would end the process by the
/// signal (exit 143) in the middle of whatever it was doing. Here a signal cancels <see cref="Token"/> instead: a
/// migration in progress is cancelled (its transaction rolls back) and the host stops before it serves, with exit 0.
/// Dispose it when the entry point returns, so that a test host's process keeps its own signal handling.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    private StopSignals()
    {
        _registrations = [Listen(PosixSignal.SIGTERM), Listen(PosixSignal.SIGINT), Listen(PosixSignal.SIGQUIT)];
    }

    /// <summary>Cancelled by the first of the signals.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Whether a signal has asked the process to stop.</summary>
    public bool StopRequested => _stop.IsCancellationRequested;

    /// <summary>Starts listening.</summary>
    public static StopSignals Listen() => new();

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private PosixSignalRegistration Listen(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        _stop.Cancel();
    });
}
