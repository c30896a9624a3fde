using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.Shared.Web.GraphQL;

public static class GraphQLSchemaPartServiceCollectionExtensions
{
    /// <summary>
    /// Adds a module's schema part and the graph types of its assembly (and the shared ones), which the host's schema
    /// resolves when it is built. Called by the module's own <c>Add&lt;Module&gt;Module</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLSchemaPart<TPart>(this IServiceCollection services)
        where TPart : class, IGraphQLSchemaPart
    {
        services.AddSingleton<IGraphQLSchemaPart, TPart>();
        foreach (var type in GraphTypesOf(typeof(TPart).Assembly).Concat(GraphTypesOf(typeof(IGraphQLSchemaPart).Assembly)))
        {
            services.TryAddTransient(type);
        }

        services.TryAddTransient(typeof(PageGraphType<,>));
        return services;
    }

    private static IEnumerable<Type> GraphTypesOf(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IGraphType).IsAssignableFrom(type));
}
