using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Modular.Host.Platform.OpenApi;

internal static class OpenApiApplicationExtensions
{
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string ReferencePath = "/docs";

    /// <summary><c>/openapi/v1.json</c> and the interactive reference at <c>/docs</c> (Scalar), with bearer auth preselected.</summary>
    public static IEndpointRouteBuilder MapModularOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern);
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Modular API")
            .WithOpenApiRoutePattern(DocumentPattern)
            .AddDocument(OpenApiServiceCollectionExtensions.DocumentName)
            .AddPreferredSecuritySchemes(BearerSecuritySchemeTransformer.SchemeName)
            .AddHttpAuthentication(BearerSecuritySchemeTransformer.SchemeName, _ => { }));
        return endpoints;
    }
}
