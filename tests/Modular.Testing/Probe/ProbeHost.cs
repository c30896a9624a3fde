using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Host.Platform.Messaging;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Testing.Probe;

/// <summary>A host with only the probe module and the shared messaging stack: outbox relay, bus, inbox consumer.</summary>
public sealed class ProbeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ProbeHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="rabbitMq">Another broker URI than the tests' (an unreachable one); the start then does not wait for the bus.</param>
    /// <param name="logs">Where every line from Information up goes, instead of the console's Warnings.</param>
    public static async Task<ProbeHost> StartAsync(string? rabbitMq = null, ILoggerProvider? logs = null)
    {
        // Qualified: Modular.Host (the platform's namespace) would be found first from Modular.Testing.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (logs is not null)
        {
            builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres,
            ["ConnectionStrings:RabbitMq"] = rabbitMq ?? TestEnvironment.RabbitMq,
            ["Messaging:RetryLimit"] = "2",
            ["Messaging:RetryMinInterval"] = "00:00:00.010",
            ["Messaging:RetryMaxInterval"] = "00:00:00.050",
            // The production default: a confirm that comes after the timeout means a second publication (at-least-once),
            // and on a busy machine two relays publishing 500 rows at once can wait more than a second for confirms.
            ["Outbox:PublishTimeout"] = "00:00:10",
            ["Outbox:MaxBackoff"] = "00:00:00.500",
            ["Outbox:FlushOnShutdownTimeout"] = "00:00:01",
        });
        var services = builder.Services;
        services.AddModuleDbContext<ProbeDbContext>(builder.Configuration, ProbeDbContext.SchemaName, ProbeDbContext.SchemaName);
        services.AddIntegrationEventMapper<ProbeEventMapper>(ProbeDbContext.SchemaName);
        services.AddPublishedIntegrationEvents(typeof(ProbeHappened).Assembly);
        services.AddIntegrationEventHandlers<ProbeDbContext>(ProbeDbContext.SchemaName, typeof(RecordProbeHandler).Assembly);
        services.AddModularMessaging(builder.Configuration);

        var host = builder.Build();
        await host.StartAsync();
        var probe = new ProbeHost(host);
        if (rabbitMq is null)
        {
            await probe.WaitUntilBusReadyAsync();
        }

        return probe;
    }

    /// <summary>Until the bus is up, the consumer's queue may not be bound yet: an event published now would be dropped.</summary>
    public Task WaitUntilBusReadyAsync()
    {
        var bus = _host.Services.GetRequiredService<IBusControl>();
        return Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus ready");
    }

    public async Task CreateItemsAsync(IEnumerable<(Guid Id, string Payload)> items)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        foreach (var (id, payload) in items)
        {
            context.Add(ProbeItem.Create(id, payload));
        }

        await context.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
