using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Errors;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Messaging;
using Modular.Shared.Infrastructure.Serialization;
using Modular.Shared.Kernel.Errors;

namespace Modular.Host.Platform.Messaging;

/// <summary>The RabbitMQ bus of the host, step by step.</summary>
internal static class RabbitMqBusConfiguration
{
    public static void ConfigureModularBus(
        this IRabbitMqBusFactoryConfigurator rabbit,
        IBusRegistrationContext context,
        RabbitMqEndpoint broker,
        IEnumerable<Type> publishedEvents,
        IEnumerable<ConsumerRegistration> consumers)
    {
        var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
        rabbit.ConnectTo(broker);
        rabbit.WriteContractJson();
        rabbit.DeclareExchanges(publishedEvents);
        if (options.UseDelayedRedelivery)
        {
            rabbit.UseDelayedMessageScheduler();
        }

        var shutdown = new ShutdownRequeueFilter(context.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        foreach (var queue in consumers.GroupBy(consumer => consumer.QueueName))
        {
            rabbit.ReceiveEndpoint(queue.Key, receive => receive.ConsumeQueue(context, options, shutdown, [.. queue]));
        }
    }

    private static void ConnectTo(this IRabbitMqBusFactoryConfigurator rabbit, RabbitMqEndpoint broker) =>
        rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
        {
            host.Username(broker.Username);
            host.Password(broker.Password);
        });

    /// <summary>Event bodies follow the contract: timestamps ISO-8601 UTC with a Z, money a JSON number (not MassTransit's string).</summary>
    private static void WriteContractJson(this IRabbitMqBusFactoryConfigurator rabbit) =>
        rabbit.ConfigureJsonSerializerOptions(json =>
        {
            json.Converters.Add(new UtcDateTimeOffsetConverter());
            foreach (var stringDecimal in json.Converters.Where(converter => converter.Type == typeof(decimal)).ToList())
            {
                json.Converters.Remove(stringDecimal);
            }

            json.Converters.Add(new DecimalNumberConverter());
            return json;
        });

    /// <summary>Exchanges of every published event exist from startup, so any client can bind a queue before the first event.</summary>
    private static void DeclareExchanges(this IRabbitMqBusFactoryConfigurator rabbit, IEnumerable<Type> publishedEvents)
    {
        rabbit.DeployPublishTopology = true;
        foreach (var eventType in publishedEvents)
        {
            rabbit.Publish(eventType, _ => { });
        }
    }

    /// <summary>
    /// Retries of an event waiting for another one (<see cref="EventNotYetApplicableException"/>): about 30 s at up to 5 s
    /// apart. The awaited event arrives within seconds while the broker is up; a wait that lasts longer is a disagreement
    /// an operator must see (parked), and in-process retries hold one of the queue's consumer slots meanwhile.
    /// </summary>
    private const int AwaitRetryLimit = 10;

    private static bool IsOutage(Exception exception) => DependencyOutage.Identify(exception) is not null;

    private static bool AwaitsAnotherEvent(Exception exception) => ExceptionCauses.Of(exception).Any(cause => cause is EventNotYetApplicableException);

    /// <summary>
    /// One queue of one module: its handlers, retries, and a message that keeps failing parked in "&lt;queue&gt;_error";
    /// one that failed only because this process is shutting down goes back to the queue (<see cref="ShutdownRequeueFilter"/>).
    /// </summary>
    private static void ConsumeQueue(
        this IRabbitMqReceiveEndpointConfigurator receive,
        IBusRegistrationContext context,
        MessagingOptions options,
        ShutdownRequeueFilter shutdown,
        IReadOnlyList<ConsumerRegistration> consumers)
    {
        receive.PrefetchCount = options.PrefetchCount;
        receive.ConcurrentMessageLimit = consumers switch
        {
            _ when consumers.Any(consumer => consumer.InArrivalOrder) => 1,
            // A batch forms from the deliveries waiting for the running one: as many as a batch may hold.
            _ when consumers.All(consumer => consumer.Batched) => options.BatchSize,
            _ => options.ConcurrentMessageLimit,
        };
        if (options.UseDelayedRedelivery)
        {
            receive.UseDelayedRedelivery(retry => retry.Intervals(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)));
        }

        // Outermost: configured first, it sees what the retry policies let through.
        receive.UseFilter(shutdown);

        // An outage of PostgreSQL, Redis or RabbitMQ is not the message's fault: it is retried until the dependency is
        // back, never parked; only what fails for another reason spends the retries that end in "_error". Outermost,
        // so that an outage met while the inner policy retries is handed out to this one instead of parking.
        receive.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(exception => IsOutage(exception) && !shutdown.IsShutdown(exception));
            retry.Exponential(options.OutageRetryLimit, options.RetryMinInterval, options.OutageRetryMaxInterval, options.RetryMinInterval);
        });
        receive.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(exception => AwaitsAnotherEvent(exception) && !IsOutage(exception) && !shutdown.IsShutdown(exception));
            retry.Exponential(AwaitRetryLimit, options.RetryMinInterval, options.OutageRetryMaxInterval, options.RetryMinInterval);
        });
        receive.UseMessageRetry(retry =>
        {
            retry.Ignore<Exception>(exception => IsOutage(exception) || AwaitsAnotherEvent(exception) || shutdown.IsShutdown(exception));
            retry.Exponential(options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval);
        });
        foreach (var consumer in consumers)
        {
            receive.ConfigureConsumer(context, consumer.ConsumerType);
        }
    }
}
