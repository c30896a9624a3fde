using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Modular.Host.Platform.Http;
using Scalar.AspNetCore;

namespace Modular.Host.Platform.OpenApi;

internal static class OpenApiApplicationExtensions
{
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string ReferencePath = "/docs";

    /// <summary>
    /// <c>/openapi/v1.json</c> and the interactive reference at <c>/docs</c> (Scalar), with bearer auth preselected. The
    /// reference needs no third-party host: its script is served by this host, fonts are the browser's (no font CDN),
    /// and Scalar's telemetry, AI agent, MCP links and developer toolbar (which shares documents through
    /// Scalar's servers) are off. Its scripts carry a per-request nonce the page's
    /// Content-Security-Policy names (<see cref="Security.SecurityHeaders"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapModularOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern).WithMetadata(ThirdPartyEndpoint.Instance);
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Modular API")
            .WithOpenApiRoutePattern(DocumentPattern)
            .AddDocument(OpenApiServiceCollectionExtensions.DocumentName)
            .AddPreferredSecuritySchemes(DocumentTransformer.BearerScheme)
            .AddHttpAuthentication(DocumentTransformer.BearerScheme, _ => { })
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithNonce())
            .WithMetadata(ThirdPartyEndpoint.Instance);
        return endpoints;
    }
}
