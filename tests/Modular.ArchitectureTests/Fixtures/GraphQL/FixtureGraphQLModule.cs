using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.GraphQL;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>Stands for a module's registration call: the one type that may use its schema part.</summary>
internal static class FixtureGraphQLModule
{
    public static IServiceCollection AddFixtureModule(IServiceCollection services) => services.AddGraphQLSchemaPart<FixtureSchemaPart>();
}
