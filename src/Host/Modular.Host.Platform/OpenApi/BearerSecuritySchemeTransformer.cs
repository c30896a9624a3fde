using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>Declares the JWT bearer scheme every protected endpoint refers to.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Modular API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /api/auth/login, sent as 'Authorization: Bearer <token>'.",
        };
        return Task.CompletedTask;
    }
}
