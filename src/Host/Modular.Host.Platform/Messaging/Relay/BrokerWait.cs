using MassTransit;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>
/// Says that a module's relay waits for the broker without crying wolf: every start has a short wait while the bus
/// connects, so it begins with one Information line; a Warning comes only if the wait lasts <see cref="WarnAfter"/>,
/// and then one Information line says when it is over.
/// </summary>
internal sealed class BrokerWait(string schema, string broker, TimeProvider clock, ILogger logger)
{
    /// <summary>Far longer than a bus takes to connect to a broker that is up.</summary>
    public static readonly TimeSpan WarnAfter = TimeSpan.FromSeconds(15);

    private DateTimeOffset? _since;
    private bool _warned;

    /// <summary>A relay cycle found the bus not ready.</summary>
    public void NotReady(BusHealthStatus status)
    {
        var now = clock.GetUtcNow();
        if (_since is not { } since)
        {
            _since = now;
            OutboxLog.WaitingForBroker(logger, schema, broker);
        }
        else if (!_warned && now - since >= WarnAfter)
        {
            _warned = true;
            OutboxLog.StillWaitingForBroker(logger, schema, broker, Seconds(now - since), status);
        }
    }

    /// <summary>A relay cycle found the bus ready.</summary>
    public void Ready()
    {
        if (_since is not { } since)
        {
            return;
        }

        if (_warned)
        {
            OutboxLog.BrokerReached(logger, schema, broker, Seconds(clock.GetUtcNow() - since));
        }

        _since = null;
        _warned = false;
    }

    private static long Seconds(TimeSpan elapsed) => (long)Math.Round(elapsed.TotalSeconds);
}
