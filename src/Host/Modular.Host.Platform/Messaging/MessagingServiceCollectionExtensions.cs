using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Health;
using Modular.Host.Platform.Messaging.Housekeeping;
using Modular.Host.Platform.Messaging.Relay;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Events;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Time;

namespace Modular.Host.Platform.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ for every module registered so far, one outbox relay per module, and the housekeeping
    /// of outboxes and inboxes. Call after the modules: it reads what they declared.
    /// </summary>
    public static IServiceCollection AddModularMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var registry = services.GetMessagingRegistry();
        // Parsed when first needed, after startup validation has named a missing or malformed URI in one line.
        var broker = new Lazy<RabbitMqEndpoint>(() => RabbitMqEndpoint.Parse(configuration.GetConnectionString(RabbitMqEndpoint.ConnectionStringName)));
        var consumers = ConsumedByThisInstance(registry, configuration);

        services.AddMessagingOptions(configuration);
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            // Readiness asks BrokerHealthCheck instead, which follows the broker rather than the endpoints' retry back-off.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Tags.Clear();
                health.Tags.Add("masstransit");
            });
            foreach (var consumer in consumers)
            {
                bus.AddConsumer(consumer.ConsumerType);
            }

            bus.UsingRabbitMq((context, rabbit) => rabbit.ConfigureModularBus(context, broker.Value, registry.PublishedEvents, consumers));
        });
        services.StartBusWithTheHost();
        services.AddOutboxRelays(() => broker.Value.Address);
        services.AddBrokerReadiness(broker);
        services.AddHostedService<RetentionPurgeJob>();
        services.AddHostedService<OutboxBacklogJob>();
        return services;
    }

    private static void AddMessagingOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MessagingOptions>(configuration, MessagingOptions.SectionName);
        services.AddValidatedOptions<OutboxOptions>(configuration, OutboxOptions.SectionName);
        services.AddOptions<MassTransitHostOptions>().Configure<IOptions<MessagingOptions>, IOptions<HostOptions>>((host, messaging, hostOptions) =>
        {
            host.WaitUntilStarted = messaging.Value.WaitUntilStarted;
            // Consumers in flight get the host's shutdown budget (ShutdownTimeoutSeconds) to finish, but those still running
            // halfway through it (5 s before its end at most) have their deliveries cancelled: the bus then still closes its
            // channels within the budget, and the broker requeues at once what they held. A bus stop abandoned at the end
            // of the budget would leave its channels open, and their messages unacknowledged, until the process exits.
            var budget = hostOptions.Value.ShutdownTimeout;
            host.StopTimeout = budget;
            host.ConsumerStopTimeout = budget - BusLifetime.ReservedShare(budget);
        });
    }

    /// <summary>
    /// <see cref="BusLifetime"/> in the place of MassTransit's hosted service (the same position among the hosted
    /// services, so the relays registered after it still stop, and flush, while the bus runs).
    /// </summary>
    private static void StartBusWithTheHost(this IServiceCollection services)
    {
        var index = services.IndexOf(services.Single(service =>
            service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(MassTransitHostedService)));
        services[index] = ServiceDescriptor.Singleton<IHostedService, BusLifetime>();
    }

    /// <summary>The <c>rabbitmq</c> entry of <c>/health/ready</c>: one instance, it remembers whether the bus was ever healthy.</summary>
    private static void AddBrokerReadiness(this IServiceCollection services, Lazy<RabbitMqEndpoint> broker)
    {
        services.AddSingleton(_ => new BrokerProbe(broker.Value));
        services.AddSingleton<BrokerHealthCheck>();
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>(BrokerHealthCheck.Name, tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(3));
    }

    /// <summary>Read now, not from options: consumers and their queues are declared while the bus is registered.</summary>
    private static IReadOnlyList<ConsumerRegistration> ConsumedByThisInstance(MessagingRegistry registry, IConfiguration configuration) =>
        configuration.GetSection(MessagingOptions.SectionName).GetValue(nameof(MessagingOptions.ConsumeEvents), true)
            ? registry.Consumers
            : [];

    /// <summary>
    /// One relay per module database. Registered after the bus, so that on shutdown they stop (and flush) while the
    /// bus is still running.
    /// </summary>
    private static void AddOutboxRelays(this IServiceCollection services, Func<string> broker)
    {
        services.AddModularClock();
        services.AddSingleton<IntegrationEventMetrics>();
        services.AddSingleton(provider => new OutboxPublisher(provider.GetRequiredService<IBus>(), provider.GetRequiredService<IBusControl>(), broker()));
        var modules = services.Select(service => service.ImplementationInstance).OfType<ModuleDatabase>().ToList();
        foreach (var module in modules)
        {
            var outbox = new ModuleOutbox(module.Module, module.Schema);
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<OutboxRelay>(provider, outbox));
        }
    }
}
