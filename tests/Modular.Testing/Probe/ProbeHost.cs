using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.Host.Platform.Messaging;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Outbox;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Testing.Probe;

/// <summary>A host with only the probe module and the shared messaging stack: outbox relay, bus, inbox consumer.</summary>
public sealed class ProbeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ProbeHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="rabbitMq">Another broker URI than the tests' (an unreachable one); the start then does not wait for the bus.</param>
    /// <param name="logs">Where every line from Information up goes, instead of the console's Warnings.</param>
    /// <param name="settings">Settings over the tests' own (<c>Outbox:PollInterval</c>, ...).</param>
    public static async Task<ProbeHost> StartAsync(
        string? rabbitMq = null, ILoggerProvider? logs = null, IReadOnlyDictionary<string, string?>? settings = null)
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
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var services = builder.Services;
        // The host's whole stop budget, as the platform reads it (ShutdownTimeoutSeconds); the bus's stop shares it.
        if (int.TryParse(builder.Configuration["ShutdownTimeoutSeconds"], out var shutdownSeconds))
        {
            services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(shutdownSeconds));
        }

        AddProbeWriter(services, builder.Configuration);
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

    /// <summary>Saves the items in one transaction of the probe's DbContext, committed or rolled back.</summary>
    public async Task CreateItemsInTransactionAsync(IEnumerable<(Guid Id, string Payload)> items, bool commit)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        await using var transaction = await context.Database.BeginTransactionAsync();
        foreach (var (id, payload) in items)
        {
            context.Add(ProbeItem.Create(id, payload));
        }

        await context.SaveChangesAsync();
        await (commit ? transaction.CommitAsync() : transaction.RollbackAsync());
    }

    /// <summary>Writes the items and their events as one batch of plain SQL, without a transaction, as Orders places an order.</summary>
    public async Task CreateItemsInOneBatchAsync(IEnumerable<(Guid Id, string Payload)> items)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var created = items.Select(item => ProbeItem.Create(item.Id, item.Payload)).ToList();
        await context.Database.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch((NpgsqlConnection)context.Database.GetDbConnection());
        foreach (var item in created)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"INSERT INTO {ProbeDbContext.SchemaName}.probe_item (id, payload) VALUES ($1, $2)")
            {
                Parameters = { new NpgsqlParameter { Value = item.Id }, new NpgsqlParameter { Value = item.Payload } },
            });
        }

        batch.BatchCommands.Add(outbox.InsertCommand(context, created) ?? throw new InvalidOperationException("Probe items raise events."));
        await batch.ExecuteNonQueryAsync();
        outbox.Written(context);
    }

    /// <summary>
    /// Saves the items from a process that writes the probe's outbox but runs no relay (nor bus): only another process's
    /// relay can publish their events.
    /// </summary>
    public static async Task CreateItemsWithoutRelayAsync(IEnumerable<(Guid Id, string Payload)> items)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres })
            .Build();
        var services = new ServiceCollection().AddSingleton(TimeProvider.System);
        AddProbeWriter(services, configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
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

    private static void AddProbeWriter(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProbeDbContext>(configuration, ProbeDbContext.SchemaName, ProbeDbContext.SchemaName);
        services.AddIntegrationEventMapper<ProbeEventMapper>(ProbeDbContext.SchemaName);
    }
}
