using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>The document's title, its server (configured, never the request's <c>Host</c>) and the bearer scheme operations refer to.</summary>
internal sealed class DocumentTransformer(IOptions<OpenApiSettings> settings) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Modular API";
        document.Info.Description =
            "Errors are RFC 9457 problem details (`application/problem+json`) with a `traceId`; validation failures add "
            + "`errors: [{field, message}]`. Lists answer `{data, pagination}`. Timestamps are UTC ISO-8601, money a number "
            + "with at most 2 decimals.";
        document.Servers = [new OpenApiServer { Url = settings.Value.ServerUrl, Description = "The Modular API." }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The `accessToken` answered by `POST /api/identity/login` or `POST /api/identity/refresh`, sent as "
                + "`Authorization: Bearer <token>`; it expires after `expiresIn` seconds.",
        };
        return Task.CompletedTask;
    }
}
