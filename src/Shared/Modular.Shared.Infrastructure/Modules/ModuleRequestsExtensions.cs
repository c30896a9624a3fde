using System.Reflection;
using FluentValidation;
using Mapster;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Infrastructure.Modules;

public static class ModuleRequestsExtensions
{
    /// <summary>
    /// Registers what a module's edge (its Api assembly: REST endpoints, GraphQL fields) needs to turn input into commands:
    /// the FluentValidation validators of its requests, which every edge runs through
    /// <see cref="Application.Validation.RequestValidator"/>, and its Mapster request → command mappings
    /// (<see cref="IRegister"/>).
    /// </summary>
    public static IServiceCollection AddModuleRequests(this IServiceCollection services, Assembly edge)
    {
        services.AddValidatorsFromAssembly(edge, ServiceLifetime.Singleton, includeInternalTypes: true);
        TypeAdapterConfig.GlobalSettings.Scan(edge);
        return services;
    }
}
