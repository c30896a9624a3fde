using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.Health;
using Modular.Host.Platform.Messaging;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using NSubstitute;

namespace Modular.IntegrationTests.Messaging;

/// <summary>
/// While MassTransit's endpoints wait out their reconnect back-off (up to 30 s), readiness follows the real broker:
/// ready as soon as it answers, and not ready again if the bus has not caught up within the grace.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BrokerReadinessTests(ModularApiFactory factory)
{
    private static readonly Dictionary<string, EndpointHealthResult> NoEndpoints = [];

    [Fact]
    public void Readiness_asks_one_broker_check_that_keeps_its_memory_between_runs()
    {
        var registrations = factory.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        var broker = registrations.Single(registration => registration.Name == BrokerHealthCheck.Name);

        Assert.Contains(HealthEndpoints.ReadyTag, broker.Tags);
        // A check created per run would forget that the bus was healthy and report a recovering bus as never started.
        Assert.Same(Unbounded(broker.Factory(factory.Services)), Unbounded(broker.Factory(factory.Services)));
        // MassTransit's own check, whose endpoints reconnect on a back-off of up to 30 s, no longer decides readiness.
        Assert.DoesNotContain(registrations, registration => registration.Name != BrokerHealthCheck.Name
            && registration.Tags.Contains(HealthEndpoints.ReadyTag) && registration.Name.Contains("masstransit", StringComparison.Ordinal));
    }

    private static IHealthCheck Unbounded(IHealthCheck check) => check is BoundedHealthCheck bounded ? bounded.Inner : check;

    [Fact]
    public async Task A_reconnecting_bus_is_ready_while_the_broker_answers_but_not_past_the_grace()
    {
        var bus = Substitute.For<IBusControl>();
        var clock = new FakeTimeProvider();
        await using var probe = new BrokerProbe(RabbitMqEndpoint.Parse(TestEnvironment.RabbitMq));
        var check = new BrokerHealthCheck(bus, probe, clock);
        bus.CheckHealth().Returns(BusHealthResult.Healthy("Ready", NoEndpoints));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);

        bus.CheckHealth().Returns(BusHealthResult.Degraded("Degraded Endpoints: orders.confirm-order-on-order-placed", null!, NoEndpoints));
        var reconnecting = await CheckAsync(check);
        clock.Advance(BrokerHealthCheck.ReconnectGrace + TimeSpan.FromSeconds(1));
        var stuck = await CheckAsync(check);

        Assert.Equal(HealthStatus.Healthy, reconnecting.Status);
        Assert.Contains("reconnecting", reconnecting.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
    }

    private static Task<HealthCheckResult> CheckAsync(BrokerHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
}
