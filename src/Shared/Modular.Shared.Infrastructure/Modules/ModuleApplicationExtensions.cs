using System.Reflection;
using FluentValidation;
using Mapster;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Validation;

namespace Modular.Shared.Infrastructure.Modules;

public static class ModuleApplicationExtensions
{
    /// <summary>
    /// Registers a module's use cases from its Application assembly: handlers (Scrutor scan), each exposed behind a
    /// validating decorator, its FluentValidation validators, and its Mapster mappings (<see cref="IRegister"/>).
    /// </summary>
    public static IServiceCollection AddModuleApplication(this IServiceCollection services, Assembly application)
    {
        services.Scan(scan => scan
            .FromAssemblies(application)
            .AddClasses(classes => classes.AssignableToAny(typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());

        foreach (var handler in application.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in handler.GetInterfaces().Where(type => type.IsGenericType))
            {
                var decorator = contract.GetGenericTypeDefinition() switch
                {
                    var definition when definition == typeof(ICommandHandler<,>) => typeof(ValidatingCommandHandler<,>),
                    var definition when definition == typeof(IQueryHandler<,>) => typeof(ValidatingQueryHandler<,>),
                    _ => null,
                };
                if (decorator is null)
                {
                    continue;
                }

                var closedDecorator = decorator.MakeGenericType(contract.GetGenericArguments());
                var implementation = handler;
                services.AddScoped(contract, provider =>
                    ActivatorUtilities.CreateInstance(provider, closedDecorator, provider.GetRequiredService(implementation)));
            }
        }

        services.AddValidatorsFromAssembly(application, ServiceLifetime.Singleton, includeInternalTypes: true);
        TypeAdapterConfig.GlobalSettings.Scan(application);
        return services;
    }
}
