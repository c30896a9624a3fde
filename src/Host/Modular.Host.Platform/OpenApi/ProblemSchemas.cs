using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// The contract's problem bodies as <c>Problems</c> (Shared.Web) writes them, in place of the schemas of the framework's
/// <see cref="ProblemDetails"/> types: <c>traceId</c> always, <c>errors</c> as a list of <c>{field, message}</c>, and
/// further members allowed (RFC 9457 extensions).
/// </summary>
internal static class ProblemSchemas
{
    public const string ProblemName = "ProblemDetails";
    public const string ValidationProblemName = "ValidationProblemDetails";

    /// <summary>Replaces what the generator made of <see cref="ProblemDetails"/> with the contract's problem body.</summary>
    public static void DescribeProblem(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.Description = "An RFC 9457 problem: `type`, `title`, `status`, `detail`, `instance` (the request path) and `traceId`.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem (`https://httpstatuses.io/{status}`).", "uri-reference"),
            ["title"] = Text("A short summary of the kind of problem: the same for every problem of one `type` (every 400 is `Validation failed`)."),
            ["status"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = "400",
                Maximum = "599",
                Description = "The HTTP status code.",
            },
            ["detail"] = Text("What went wrong with this request, written for the client."),
            ["instance"] = Text("The path of the request; absent when the request was not valid HTTP and its target could not be read."),
            ["traceId"] = Text("The W3C trace id of the request: quote it when reporting a problem."),
        };
        // RFC 9457 makes every member optional; every answer here has a detail (DefaultProblemDetail when its producer gave
        // none), and instance is left out only when the request line itself was refused.
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "detail", "traceId" };
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
    }

    /// <summary>The 400 problem: the problem body plus, for validation failures, <c>errors</c>.</summary>
    public static void DescribeValidationProblem(OpenApiSchema schema)
    {
        DescribeProblem(schema);
        schema.Description = "A 400 problem. Validation failures list every invalid input in `errors`: a field by its path "
            + "(`items[1].quantity`), or `body` for a body that is missing, not valid JSON or not a JSON object. A request refused "
            + "before it reached the API (a malformed request line or header) has no `errors`.";
        schema.Properties!["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "One entry per invalid input.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["field"] = Text("The camelCase path of the input (`items[1].quantity`), or the parameter or header name."),
                    ["message"] = Text("What is wrong with it."),
                },
                Required = new HashSet<string>(StringComparer.Ordinal) { "field", "message" },
            },
        };
    }

    /// <summary>A reference to the problem schema for <paramref name="status"/>, registered in the document's components on first use.</summary>
    public static async Task<IOpenApiSchema> ForStatusAsync(OpenApiOperationTransformerContext context, int status, CancellationToken cancellationToken)
    {
        var (type, name) = status == StatusCodes.Status400BadRequest
            ? (typeof(HttpValidationProblemDetails), ValidationProblemName)
            : (typeof(ProblemDetails), ProblemName);
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI document is not available to operation transformers.");
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        }

        return new OpenApiSchemaReference(name, document);
    }

    private static OpenApiSchema Text(string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, Format = format, Description = description };
}
