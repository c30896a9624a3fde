using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Modular.Host.Platform.Messaging;

/// <summary>
/// The <c>rabbitmq</c> readiness check: healthy when the broker answers. MassTransit's own bus check only turns healthy
/// once every receive endpoint has reconnected, and those retry on a back-off of up to 30 s: after an outage readiness
/// lagged the broker by that much. So while the bus is recovering, the broker is asked directly (<see cref="BrokerProbe"/>):
/// readiness follows it within seconds, and the bus is given <see cref="ReconnectGrace"/> to catch up before a bus that
/// never recovers turns readiness off again. Before the bus has been healthy once (a starting host) only the bus counts,
/// so that readiness still means "every consumer's queue is bound".
/// </summary>
internal sealed class BrokerHealthCheck(IBusControl bus, BrokerProbe probe, TimeProvider clock) : IHealthCheck
{
    public const string Name = "rabbitmq";

    /// <summary>MassTransit's longest receive-endpoint retry interval (30 s), with a margin.</summary>
    public static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(45);

    private readonly Lock _gate = new();
    private bool _wasHealthy;
    private DateTimeOffset? _recoveringSince;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        if (health.Status == BusHealthStatus.Healthy)
        {
            lock (_gate)
            {
                _wasHealthy = true;
                _recoveringSince = null;
            }

            await probe.Release();
            return HealthCheckResult.Healthy("Answers; every consumer is connected");
        }

        bool wasHealthy;
        lock (_gate)
        {
            wasHealthy = _wasHealthy;
        }

        if (!wasHealthy)
        {
            return HealthCheckResult.Unhealthy("The message bus has not started yet");
        }

        if (!await probe.AnswersAsync(cancellationToken))
        {
            lock (_gate)
            {
                _recoveringSince = null;
            }

            return HealthCheckResult.Unhealthy("Does not answer");
        }

        var now = clock.GetUtcNow();
        TimeSpan recovering;
        lock (_gate)
        {
            _recoveringSince ??= now;
            recovering = now - _recoveringSince.Value;
        }

        return recovering <= ReconnectGrace
            ? HealthCheckResult.Healthy($"Answers; consumers reconnecting ({health.Status})")
            : HealthCheckResult.Unhealthy($"Answers, but the message bus has not recovered in {recovering.TotalSeconds:0} s ({health.Status})");
    }
}
