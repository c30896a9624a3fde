using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Modular.Host.Platform.RateLimiting;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// Every status an operation can answer, beyond those its endpoint declares: what the platform answers for any endpoint
/// of its kind (input guards, authentication, rate limits, outages), each with the contract's problem schema, and the
/// headers those answers carry (<c>Location</c> on 201, <c>WWW-Authenticate</c> on 401, <c>Retry-After</c> on 429 and
/// 503, <c>X-Correlation-Id</c> on all).
/// </summary>
internal sealed class ResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "The request is invalid (a field, a parameter, a header, or text with NUL); `errors` names each input.",
        [StatusCodes.Status401Unauthorized] = "No valid access token where one is required, a presented access token that is refused (on any operation), or wrong credentials.",
        [StatusCodes.Status403Forbidden] = "The account may not do this.",
        [StatusCodes.Status404NotFound] = "No such resource (or not one the caller may see).",
        [StatusCodes.Status409Conflict] = "The request conflicts with the resource's state (a duplicate, short stock, an invalid state change).",
        [StatusCodes.Status413PayloadTooLarge] = "The body is larger than the server accepts.",
        [StatusCodes.Status415UnsupportedMediaType] = "The body is not JSON (application/json, in a charset the server reads).",
        [StatusCodes.Status422UnprocessableEntity] = "The Idempotency-Key was already used with another body.",
        [StatusCodes.Status429TooManyRequests] = "The caller's rate-limit budget is spent; retry after Retry-After seconds.",
        [StatusCodes.Status500InternalServerError] = "Unexpected server error; the body holds nothing but the traceId to report.",
        [StatusCodes.Status503ServiceUnavailable] = "A dependency (database, cache) is unavailable; retry after Retry-After seconds.",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI document is not available to operation transformers.");
        operation.Responses ??= [];
        foreach (var status in PlatformStatuses(operation, context))
        {
            operation.Responses.TryAdd(status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse());
        }

        foreach (var (key, value) in operation.Responses)
        {
            if (value is not OpenApiResponse response || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }

            if (status >= StatusCodes.Status400BadRequest)
            {
                response.Description = Descriptions.TryGetValue(status, out var text) ? text : response.Description;
                response.Content = new Dictionary<string, OpenApiMediaType>
                {
                    [Problems.ContentType] = new() { Schema = await ProblemSchemas.ForStatusAsync(context, status, cancellationToken) },
                };
            }

            ResponseHeaders.Add(response, ResponseHeaders.CorrelationId, document);
            var header = status switch
            {
                StatusCodes.Status201Created => HeaderNames.Location,
                StatusCodes.Status401Unauthorized => HeaderNames.WWWAuthenticate,
                StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable => HeaderNames.RetryAfter,
                _ => null,
            };
            if (header is not null)
            {
                ResponseHeaders.Add(response, header, document);
            }
        }
    }

    private static IEnumerable<int> PlatformStatuses(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        // Any request can carry unreadable input: a NUL in the query, a malformed parameter.
        yield return StatusCodes.Status400BadRequest;
        // Any request can carry a body, read or not: one over Http:MaxRequestBodyBytes is refused before the endpoint runs.
        yield return StatusCodes.Status413PayloadTooLarge;
        if (operation.RequestBody is not null || description.ParameterDescriptions.Any(parameter => parameter.Source == BindingSource.Body))
        {
            yield return StatusCodes.Status415UnsupportedMediaType;
        }

        // Any request can present a bearer token, and one that is refused is 401 wherever it is sent (ADR 0041).
        yield return StatusCodes.Status401Unauthorized;
        if (EndpointAuthorization.IsRequired(description))
        {
            yield return StatusCodes.Status403Forbidden;
        }

        if (description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
        {
            yield return StatusCodes.Status404NotFound;
        }

        var metadata = description.ActionDescriptor.EndpointMetadata;
        var limited = ("/" + description.RelativePath).StartsWith(ApiRateLimiter.PathPrefix + "/", StringComparison.OrdinalIgnoreCase)
            || metadata.OfType<EnableRateLimitingAttribute>().Any();
        if (limited && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            yield return StatusCodes.Status429TooManyRequests;
        }

        yield return StatusCodes.Status500InternalServerError;
        yield return StatusCodes.Status503ServiceUnavailable;
    }
}
