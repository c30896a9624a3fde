using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.Modules;

namespace Modular.ArchitectureTests.Fixtures.Composition;

/// <summary>A module that also offers a registration of its own, which a host could call whatever the switch says.</summary>
public sealed class LeakyFixtureModule : IModule
{
    public const string Route = "/fixture";

    public static string Name => "Fixture";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public static IServiceCollection AddFixtureModule(IServiceCollection services) => services;
}
