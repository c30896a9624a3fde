using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>Writes GraphQL responses in the negotiated media type.</summary>
internal static class GraphQLResponses
{
    public static async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        VaryByAccept(context.Response);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>
    /// <c>Vary: Accept</c>, once: the endpoint's answers differ by the request's Accept (the media type, and the status of
    /// a request error), so a shared cache must not serve one client's answer to another.
    /// </summary>
    public static void VaryByAccept(HttpResponse response)
    {
        var named = response.Headers.Vary.Any(value => value?.Split(',').Any(name => name.Trim().Equals(HeaderNames.Accept, StringComparison.OrdinalIgnoreCase)) == true);
        if (!named)
        {
            response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        }
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
