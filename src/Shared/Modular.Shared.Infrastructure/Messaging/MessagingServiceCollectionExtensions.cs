using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Outbox;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Serialization;

namespace Modular.Shared.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The tag <c>/health/ready</c> selects its checks by (the host's <c>HealthEndpoints.ReadyTag</c>).</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// MassTransit on RabbitMQ for every module registered so far, plus one outbox relay per module.
    /// Call after the modules: it reads what they declared. Relays are registered after the bus so that
    /// on shutdown they stop (and flush) while the bus is still running.
    /// </summary>
    public static IServiceCollection AddModularMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var registry = services.GetMessagingRegistry();
        var connectionString = configuration.GetConnectionString(RabbitMqEndpoint.ConnectionStringName);
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MassTransitHostOptions>().Configure<IOptions<MessagingOptions>, IOptions<HostOptions>>((host, messaging, hostOptions) =>
        {
            host.WaitUntilStarted = messaging.Value.WaitUntilStarted;
            // Consumers in flight get the host's whole shutdown budget (ShutdownTimeoutSeconds) to finish.
            host.StopTimeout = hostOptions.Value.ShutdownTimeout;
        });

        // Read now: consumers and their queues are declared while the bus is registered.
        var consumers = configuration.GetSection(MessagingOptions.SectionName).GetValue(nameof(MessagingOptions.ConsumeEvents), true)
            ? registry.Consumers
            : [];
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

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                // Parsed when the bus is built, after startup validation has named a missing or malformed URI in one line.
                var endpoint = RabbitMqEndpoint.Parse(connectionString);
                rabbit.Host(endpoint.Host, endpoint.Port, endpoint.VirtualHost, host =>
                {
                    host.Username(endpoint.Username);
                    host.Password(endpoint.Password);
                });

                // Timestamps in event bodies are ISO-8601 UTC with a Z, like everywhere in the contract.
                rabbit.ConfigureJsonSerializerOptions(json =>
                {
                    json.Converters.Add(new UtcDateTimeOffsetConverter());
                    // Money is a JSON number in event bodies too (MassTransit writes decimals as strings by default).
                    foreach (var stringDecimal in json.Converters.Where(converter => converter.Type == typeof(decimal)).ToList())
                    {
                        json.Converters.Remove(stringDecimal);
                    }

                    json.Converters.Add(new DecimalNumberConverter());
                    return json;
                });

                // Exchanges of every published event exist from startup, so any client can bind a queue before the first event.
                rabbit.DeployPublishTopology = true;
                foreach (var eventType in registry.PublishedEvents)
                {
                    rabbit.Publish(eventType, _ => { });
                }

                if (options.UseDelayedRedelivery)
                {
                    rabbit.UseDelayedMessageScheduler();
                }

                foreach (var queue in consumers.GroupBy(consumer => consumer.QueueName))
                {
                    rabbit.ReceiveEndpoint(queue.Key, receive => ConfigureQueue(receive, context, options, queue));
                }
            });
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new BrokerProbe(RabbitMqEndpoint.Parse(connectionString)));
        // One instance for every run: it remembers whether the bus was ever healthy and since when it is recovering.
        services.AddSingleton<BrokerHealthCheck>();
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>(BrokerHealthCheck.Name, tags: [ReadinessTag], timeout: TimeSpan.FromSeconds(3));
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxPublisher>();
        foreach (var module in services.Where(service => service.ImplementationInstance is ModuleDatabase).Select(service => (ModuleDatabase)service.ImplementationInstance!).ToList())
        {
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<OutboxRelay>(provider, module));
        }

        return services;
    }

    private static void ConfigureQueue(
        IRabbitMqReceiveEndpointConfigurator receive,
        IBusRegistrationContext context,
        MessagingOptions options,
        IEnumerable<ConsumerRegistration> consumers)
    {
        receive.PrefetchCount = options.PrefetchCount;
        var consumerList = consumers.ToList();
        receive.ConcurrentMessageLimit = consumerList.Any(consumer => consumer.InArrivalOrder) ? 1 : options.ConcurrentMessageLimit;
        if (options.UseDelayedRedelivery)
        {
            receive.UseDelayedRedelivery(retry => retry.Intervals(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)));
        }

        // A message that keeps failing goes to "<queue>_error" after the last retry; the queue moves on.
        receive.UseMessageRetry(retry => retry.Exponential(
            options.RetryLimit,
            options.RetryMinInterval,
            options.RetryMaxInterval,
            options.RetryMinInterval));
        foreach (var consumer in consumerList)
        {
            receive.ConfigureConsumer(context, consumer.ConsumerType);
        }
    }
}
