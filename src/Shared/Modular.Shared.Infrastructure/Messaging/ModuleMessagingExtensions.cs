using System.Reflection;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Inbox;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Shared.Infrastructure.Messaging;

public static class ModuleMessagingExtensions
{
    private static readonly Type[] HandlerContracts = [typeof(IIntegrationEventHandler<>), typeof(IIntegrationEventBatchHandler<>)];

    /// <summary>Declares the integration events a module publishes: their exchanges exist from startup on.</summary>
    public static IServiceCollection AddPublishedIntegrationEvents(this IServiceCollection services, Assembly contracts)
    {
        var registry = services.GetMessagingRegistry();
        // Only the events themselves (they carry their exchange name); nested value records get no exchange.
        foreach (var type in contracts.GetExportedTypes().Where(type => type.IsDefined(typeof(EntityNameAttribute), inherit: false)))
        {
            registry.AddPublishedEvent(type);
        }

        return services;
    }

    /// <summary>
    /// Registers every <see cref="IIntegrationEventHandler{TEvent}"/> and <see cref="IIntegrationEventBatchHandler{TEvent}"/>
    /// of a module (Scrutor scan) and gives each its own queue, consumed through the module's inbox in
    /// <typeparamref name="TContext"/>: a transaction per event, or per batch for batch handlers.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandlers<TContext>(this IServiceCollection services, string module, Assembly assembly)
        where TContext : ModuleDbContext
    {
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableToAny(HandlerContracts), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());

        var registry = services.GetMessagingRegistry();
        var handlers = assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var handler in handlers)
        {
            var handledEvents = handler.GetInterfaces()
                .Where(contract => contract.IsGenericType && HandlerContracts.Contains(contract.GetGenericTypeDefinition()))
                .Select(contract => contract.GetGenericArguments()[0]);
            foreach (var eventType in handledEvents)
            {
                registry.AddConsumer(new ConsumerRegistration(module, eventType, handler, typeof(TContext)));
            }
        }

        services.TryAddSingleton(typeof(InboxBatcher<,>));
        return services;
    }

    /// <summary>Maps a module's domain events to integration events for its outbox.</summary>
    public static IServiceCollection AddIntegrationEventMapper<TMapper>(this IServiceCollection services, string schema)
        where TMapper : class, IIntegrationEventMapper =>
        services.AddKeyedSingleton<IIntegrationEventMapper, TMapper>(schema);

    internal static MessagingRegistry GetMessagingRegistry(this IServiceCollection services)
    {
        var descriptor = services.FirstOrDefault(service => service.ServiceType == typeof(MessagingRegistry));
        if (descriptor?.ImplementationInstance is MessagingRegistry existing)
        {
            return existing;
        }

        var registry = new MessagingRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
