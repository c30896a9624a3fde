using System.Net;
using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.Messaging;
using NSubstitute;

namespace Modular.Host.UnitTests.Messaging;

/// <summary>Readiness follows the bus when it is healthy, the broker itself while the bus reconnects, and never a bus that has not started.</summary>
public sealed class BrokerHealthCheckTests : IAsyncDisposable
{
    private static readonly Dictionary<string, EndpointHealthResult> NoEndpoints = [];
    private readonly IBusControl _bus = Substitute.For<IBusControl>();
    private readonly BrokerProbe _unreachable = new(new RabbitMqEndpoint("127.0.0.1", (ushort)ClosedPort(), "/", "guest", "guest"));
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_healthy_bus_is_ready()
    {
        _bus.CheckHealth().Returns(BusHealthResult.Healthy("Ready", NoEndpoints));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_bus_that_never_started_is_not_ready_even_if_the_broker_answers()
    {
        _bus.CheckHealth().Returns(BusHealthResult.Unhealthy("Not ready", null!, NoEndpoints));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("not started", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovering_bus_is_not_ready_while_the_broker_does_not_answer()
    {
        var check = new BrokerHealthCheck(_bus, _unreachable, _clock);
        _bus.CheckHealth().Returns(BusHealthResult.Healthy("Ready", NoEndpoints));
        await CheckAsync(check);
        _bus.CheckHealth().Returns(BusHealthResult.Degraded("Degraded Endpoints: orders.confirm-order-on-order-placed", null!, NoEndpoints));

        var result = await CheckAsync(check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Does not answer", result.Description);
    }

    public async ValueTask DisposeAsync() => await _unreachable.DisposeAsync();

    private Task<HealthCheckResult> CheckAsync(BrokerHealthCheck? check = null) =>
        (check ?? new BrokerHealthCheck(_bus, _unreachable, _clock)).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
