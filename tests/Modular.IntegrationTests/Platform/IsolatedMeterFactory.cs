using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Meters of the platform test hosts get names of their own. All hosts of a test run share one process, and a
/// metrics pipeline listens to every meter of a name in it: when a short-lived host disposed its
/// "Microsoft.AspNetCore.Hosting" meter, the shared host's /metrics lost those series.
/// </summary>
internal sealed class IsolatedMeterFactory : IMeterFactory
{
    public const string Prefix = "platform-tests.";

    private readonly ConcurrentBag<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(Prefix + options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
