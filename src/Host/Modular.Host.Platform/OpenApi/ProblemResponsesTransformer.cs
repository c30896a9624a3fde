using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// Documents what the platform answers on every endpoint without the endpoint declaring it: the bearer requirement where
/// authorization is required, and the contract's problem+json responses (400, 401, 403, 404, 429, 500).
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private const string ProblemSchemaName = "ProblemDetails";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var requiresAuthorization = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (requiresAuthorization)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [],
            });
        }

        var problem = await ProblemSchemaAsync(context, cancellationToken);
        var parameters = description.ParameterDescriptions;
        var path = description.RelativePath ?? string.Empty;
        operation.Responses ??= [];
        if (parameters.Any(parameter => parameter.Source == BindingSource.Body || parameter.Source == BindingSource.Query || parameter.Source == BindingSource.Form))
        {
            Add(operation, StatusCodes.Status400BadRequest, "The request is invalid; `errors` names each field.", problem);
        }

        if (requiresAuthorization)
        {
            Add(operation, StatusCodes.Status401Unauthorized, "No valid access token.", problem);
            Add(operation, StatusCodes.Status403Forbidden, "The token does not grant this operation.", problem);
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Add(operation, StatusCodes.Status404NotFound, "No such resource.", problem);
        }

        if (path.StartsWith("api/", StringComparison.OrdinalIgnoreCase))
        {
            Add(operation, StatusCodes.Status429TooManyRequests, "Rate limit reached; see Retry-After.", problem);
        }

        Add(operation, StatusCodes.Status500InternalServerError, "Unexpected server error.", problem);
    }

    private static void Add(OpenApiOperation operation, int status, string text, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [Problems.ContentType] = new() { Schema = schema },
            },
        };
    }

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        if (document is null)
        {
            return await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemSchemaName))
        {
            document.Components.Schemas[ProblemSchemaName] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
        }

        return new OpenApiSchemaReference(ProblemSchemaName, document);
    }
}
