using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Decides, for every endpoint that reads a body, how its <c>Content-Type</c> charset is read (<see cref="RequestMediaType"/>):
/// the header is rewritten to the canonical spelling before any endpoint binds the body, or the request is refused with
/// a 415 problem when the charset cannot be read or the type is a JSON type other than <c>application/json</c>
/// (<see cref="RequestMediaType.IsOtherJsonType"/>). A body sent with a content coding (<c>Content-Encoding: gzip</c>) is
/// refused the same way, with <c>Accept-Encoding: identity</c> (RFC 9110 §15.5.16): no endpoint decodes one, and read as
/// it is the compressed bytes would be a misleading "not valid JSON" 400. Requests without a body are left alone whatever
/// they declare.
/// </summary>
internal sealed class RequestMediaTypeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HasBody(context))
        {
            return next(context);
        }

        if (HasContentCoding(request))
        {
            context.Response.Headers.AcceptEncoding = "identity";
            return RefuseAsync(context, "The request body's Content-Encoding cannot be read; send the body uncompressed (identity).");
        }

        if (string.IsNullOrEmpty(request.ContentType))
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

    // "identity" is the absence of a coding; an empty header names none either.
    private static bool HasContentCoding(HttpRequest request) =>
        request.Headers.ContentEncoding.Any(value => value?.Split(',').Any(coding =>
            coding.Trim() is { Length: > 0 } name && !name.Equals("identity", StringComparison.OrdinalIgnoreCase)) == true);

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0);
}
