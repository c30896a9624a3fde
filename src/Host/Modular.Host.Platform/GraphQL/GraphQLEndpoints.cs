using GraphQL;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";
    public const string SchemaPath = "/graphql/schema.graphql";

    private const string EndpointName = "GraphQL";

    /// <summary>
    /// <c>GET</c>/<c>POST /graphql</c> and the schema in SDL at <c>/graphql/schema.graphql</c> (while introspection is
    /// on), when at least one composed module has a schema part. The schema is built here, at startup, so a module part
    /// that breaks a rule stops the host instead of its first request.
    /// </summary>
    public static IEndpointRouteBuilder MapModularGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetServices<IGraphQLSchemaPart>().Any())
        {
            return endpoints;
        }

        var schema = services.GetRequiredService<ModularSchema>();
        schema.Initialize();
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], context => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context))
            .WithName(EndpointName)
            .ExcludeFromDescription();

        if (services.GetRequiredService<IOptions<GraphQLOptions>>().Value.Introspection)
        {
            var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
            endpoints.MapGet(SchemaPath, () => Results.Text(sdl, "text/plain; charset=utf-8"))
                .WithName("GraphQLSchema")
                .ExcludeFromDescription();
        }

        return endpoints;
    }

    /// <summary>Whether a request is one of GraphQL's (the endpoint, the schema, anything under <c>/graphql</c>): it spends the <c>/api</c> budget.</summary>
    public static bool IsGraphQL(HttpContext context) => context.Request.Path.StartsWithSegments(Path);

    /// <summary>
    /// Whether the request was routed to the GraphQL endpoint itself, whose refusals (401, 429) are GraphQL responses. The
    /// schema's SDL and unknown paths under <c>/graphql</c> are plain HTTP resources: their refusals are problems.
    /// </summary>
    public static bool IsGraphQLEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == EndpointName;
}
