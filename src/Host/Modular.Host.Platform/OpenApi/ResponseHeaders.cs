using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>The response headers the platform sets, declared once in the document's components and referenced by the responses.</summary>
internal static class ResponseHeaders
{
    public const string CorrelationId = "X-Correlation-Id";

    private static readonly Dictionary<string, Func<OpenApiHeader>> Declarations = new(StringComparer.Ordinal)
    {
        [CorrelationId] = () => Header(
            "Echoes the request's X-Correlation-Id when it is a sane value, otherwise a generated one.",
            new OpenApiSchema { Type = JsonSchemaType.String }),
        [HeaderNames.Location] = () => Header(
            "Where the created resource is read.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" }),
        [HeaderNames.WWWAuthenticate] = () => Header(
            "`Bearer`, with `error=\"invalid_token\"` when the presented token was refused.",
            new OpenApiSchema { Type = JsonSchemaType.String }),
        [HeaderNames.RetryAfter] = () => Header(
            "Seconds to wait before retrying: on 429 until the rate-limit budget allows the next request; on 503 until the "
            + "unavailable dependency is expected back.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" }),
    };

    /// <summary>Adds header <paramref name="name"/> to <paramref name="response"/> as a reference to its component.</summary>
    public static void Add(OpenApiResponse response, string name, OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        if (!document.Components.Headers.ContainsKey(name))
        {
            document.Components.Headers[name] = Declarations[name]();
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        response.Headers[name] = new OpenApiHeaderReference(name, document);
    }

    private static OpenApiHeader Header(string description, OpenApiSchema schema) =>
        new() { Description = description, Required = true, Schema = schema };
}
