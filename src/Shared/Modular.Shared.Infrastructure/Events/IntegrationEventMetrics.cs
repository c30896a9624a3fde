using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Modular.Shared.Infrastructure.Events;

/// <summary>
/// The instruments of an integration event's journey, exported on /metrics: relayed from the outbox
/// (<c>modular.outbox.*</c>) and handled by a consumer through the inbox (<c>modular.consumer.*</c>).
/// </summary>
public sealed class IntegrationEventMetrics
{
    public const string MeterName = "Modular.Messaging";

    private readonly ConcurrentDictionary<string, long> _backlog = new();
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _relayFailures;
    private readonly Histogram<double> _publishLatency;
    private readonly Counter<long> _consumed;
    private readonly Histogram<double> _consumeDuration;

    public IntegrationEventMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("modular.outbox.published", "{message}", "Outbox messages relayed to the broker");
        _publishFailures = meter.CreateCounter<long>("modular.outbox.publish_failures", "{message}", "Outbox messages the broker did not accept");
        _relayFailures = meter.CreateCounter<long>(
            "modular.outbox.relay_failures", "{cycle}", "Relay cycles that could not publish (broker unreachable, database error)");
        _publishLatency = meter.CreateHistogram<double>(
            "modular.outbox.publish_latency", "ms", "Time from commit of an outbox row to its confirmed publication");
        meter.CreateObservableGauge(
            "modular.outbox.backlog",
            () => _backlog.Select(entry => new Measurement<long>(entry.Value, new KeyValuePair<string, object?>("module", entry.Key))),
            "{message}",
            "Outbox messages not yet relayed");
        _consumed = meter.CreateCounter<long>("modular.consumer.messages", "{message}", "Integration events handled, by consumer and outcome");
        _consumeDuration = meter.CreateHistogram<double>("modular.consumer.duration", "ms", "Time spent handling an integration event");
    }

    internal void Published(string module, double latencyMs)
    {
        _published.Add(1, new KeyValuePair<string, object?>("module", module));
        _publishLatency.Record(latencyMs, new KeyValuePair<string, object?>("module", module));
    }

    internal void PublishFailed(string module) => _publishFailures.Add(1, new KeyValuePair<string, object?>("module", module));

    internal void RelayFailed(string module) => _relayFailures.Add(1, new KeyValuePair<string, object?>("module", module));

    internal void Backlog(string module, long pending) => _backlog[module] = pending;

    internal void Consumed(string consumer, string outcome, double durationMs)
    {
        var tags = new TagList { { "consumer", consumer }, { "outcome", outcome } };
        _consumed.Add(1, tags);
        _consumeDuration.Record(durationMs, tags);
    }
}
