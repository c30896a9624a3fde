using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Writes GraphQL responses in the negotiated media type. <c>Vary: Accept</c> is added to every answer of the endpoint
/// by <c>SecurityHeadersMiddleware</c>, those written before the endpoint runs included.
/// </summary>
internal static class GraphQLResponses
{
    public static async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, GraphQLHttpError error, string mediaType, int status) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType, status);

    /// <summary>401 with <c>UNAUTHENTICATED</c> (a bearer token was presented and refused); the caller has set WWW-Authenticate.</summary>
    public static Task WriteUnauthenticatedAsync(HttpContext context, string message) =>
        WriteErrorAsync(
            context,
            new GraphQLHttpError(GraphQLErrorCodes.Unauthenticated, message),
            GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json,
            StatusCodes.Status401Unauthorized);

    /// <summary>429 with <c>RATE_LIMITED</c>; the caller has set Retry-After and the RateLimit-* headers.</summary>
    public static Task WriteRateLimitedAsync(HttpContext context, string setting, long retryAfterSeconds) =>
        WriteErrorAsync(
            context,
            new GraphQLHttpError(
                GraphQLErrorCodes.RateLimited,
                $"Too many requests ({setting}); retry after {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} seconds.",
                new Dictionary<string, object?> { ["limit"] = setting, ["retryAfter"] = retryAfterSeconds }),
            GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json,
            StatusCodes.Status429TooManyRequests);
}
