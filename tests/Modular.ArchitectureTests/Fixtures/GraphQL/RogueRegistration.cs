using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.GraphQL;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>Stands for a schema part composed from outside its module's registration call (it would outlive a module switched off).</summary>
internal static class RogueRegistration
{
    public static IServiceCollection Add(IServiceCollection services) => services.AddGraphQLSchemaPart<FixtureSchemaPart>();
}
