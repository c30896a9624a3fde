using System.Diagnostics.Metrics;
using Modular.Shared.Infrastructure.Events;

namespace Modular.Testing;

/// <summary>
/// Sums what a messaging counter records with one tag value, in every host of this process:
/// the system's own word that something happened (a duplicate acknowledged, a relay cycle failed).
/// </summary>
public sealed class MeasurementCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public MeasurementCounter(string instrumentName, string tagKey, string tagValue)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == IntegrationEventMetrics.MeterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == tagKey && (string?)tag.Value == tagValue)
                {
                    Interlocked.Add(ref _count, value);
                }
            }
        });
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public Task<long> CountAsync() => Task.FromResult(Count);

    public void Dispose() => _listener.Dispose();
}
