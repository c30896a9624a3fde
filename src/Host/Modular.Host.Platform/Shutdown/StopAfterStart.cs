using Microsoft.Extensions.Hosting;

namespace Modular.Host.Platform.Shutdown;

/// <summary>
/// The application lifetime the console lifetime stops the host through. A stop asked for while the host is still
/// starting (SIGTERM from an orchestrator scaling down a pod that has just been scheduled) waits until the start has
/// finished, then runs as the ordinary graceful shutdown and the process exits 0. Passed straight through, it would
/// cancel the hosted services' start instead: the bus and Kestrel abandon their start, the host logs "Hosting failed
/// to start" and the process exits 1. Once started, a stop goes through at once. The contract's rule: "SIGTERM: ...
/// exits 0".
/// </summary>
internal sealed class StopAfterStart(IHostApplicationLifetime lifetime) : IHostApplicationLifetime
{
    private int _requested;

    public CancellationToken ApplicationStarted => lifetime.ApplicationStarted;

    public CancellationToken ApplicationStopping => lifetime.ApplicationStopping;

    public CancellationToken ApplicationStopped => lifetime.ApplicationStopped;

    public void StopApplication()
    {
        if (Interlocked.Exchange(ref _requested, 1) == 0)
        {
            // Runs at once when the host has started already, else when it has.
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
        }
    }
}
