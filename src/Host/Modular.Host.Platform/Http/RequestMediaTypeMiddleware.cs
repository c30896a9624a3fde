using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Decides, for every endpoint that reads a body, how its <c>Content-Type</c> charset is read (<see cref="RequestMediaType"/>):
/// the header is rewritten to the canonical spelling before any endpoint binds the body, or the request is refused with
/// a 415 problem when the charset cannot be read or the type is a JSON type other than <c>application/json</c>
/// (<see cref="RequestMediaType.IsOtherJsonType"/>). Requests without a body are left alone whatever they declare.
/// </summary>
internal sealed class RequestMediaTypeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.ContentType) || !HasBody(context))
        {
            return next(context);
        }

        if (RequestMediaType.IsOtherJsonType(request.ContentType))
        {
            return RefuseAsync(context, "The request body must be application/json (UTF-8).");
        }

        switch (RequestMediaType.Canonicalize(request.ContentType, out var canonical))
        {
            case RequestMediaType.Outcome.Rewritten:
                request.Headers[HeaderNames.ContentType] = canonical;
                return next(context);
            case RequestMediaType.Outcome.UnreadableCharset:
                return RefuseAsync(context, "The request body's charset cannot be read; send application/json in UTF-8.");
            default:
                return next(context);
        }
    }

    private static Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        return Problems.Result(Problems.Create(context, StatusCodes.Status415UnsupportedMediaType, detail)).ExecuteAsync(context);
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0);
}
