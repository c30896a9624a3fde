using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Messaging;

namespace Modular.Shared.Infrastructure.Modules;

public static class ModuleApplicationExtensions
{
    private static readonly Type[] UseCaseHandlers = [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];

    /// <summary>
    /// Registers a module's use cases from its Application assembly: its command and query handlers (Scrutor scan,
    /// scoped) and the validators it keeps for input that reaches it from configuration rather than from a request.
    /// Requests are validated at the edge (<see cref="ModuleRequestsExtensions.AddModuleRequests"/>), so a handler
    /// receives only commands built from valid input.
    /// </summary>
    public static IServiceCollection AddModuleApplication(this IServiceCollection services, Assembly application)
    {
        services.Scan(scan => scan
            .FromAssemblies(application)
            .AddClasses(classes => classes.AssignableToAny(UseCaseHandlers), publicOnly: false)
            .As(handler => handler.GetInterfaces().Where(contract => contract.IsGenericType && UseCaseHandlers.Contains(contract.GetGenericTypeDefinition())))
            .WithScopedLifetime());

        services.AddValidatorsFromAssembly(application, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
