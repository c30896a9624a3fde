using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Web.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Endpoints whose handler is a library's answer their own refusals in the contract's problem+json (RFC 9457), like every
/// other non-2xx answer. <c>UseStatusCodePages</c> only fills an empty body; these libraries write one themselves:
/// SignalR's dispatcher over HTTP (negotiate, long polling, server-sent events: "Connection ID required" 400, "No
/// Connection with that ID" 404, <c>text/plain</c>) and the endpoints marked <see cref="ThirdPartyEndpoint"/> (the OpenAPI
/// document: "No OpenAPI document with the name 'v2' was found." 404, <c>text/plain</c>; the reference; the metrics).
/// An error body that is not already a problem is withheld (its first 1 KiB becomes the problem's <c>detail</c>);
/// every other answer, streams included, passes through unbuffered. Upgraded connections (WebSockets) are untouched.
/// </summary>
internal sealed class ThirdPartyErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsGuarded(context))
        {
            await next(context);
            return;
        }

        // The body feature itself is swapped and restored (not Response.Body, whose setter would leave a wrapper behind):
        // SignalR writes through BodyWriter, which the wrapper's CompleteAsync flushes into the guarded stream. The wrapper
        // has no prior feature on purpose: starting the response (headers out) is left to the first byte that passes.
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var guarded = new ErrorBodyStream(original.Stream, () => IsForeignError(context.Response));
        var wrapper = new GuardedBodyFeature(guarded, original);
        context.Features.Set<IHttpResponseBodyFeature>(wrapper);
        try
        {
            await next(context);
            await wrapper.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        if (guarded.Withheld is { } text && !context.Response.HasStarted)
        {
            context.Response.ContentLength = null;
            var status = context.Response.StatusCode;
            await Problems.Result(Problems.Create(context, status, text.Length == 0 ? null : text)).ExecuteAsync(context);
        }
    }

    private static bool IsGuarded(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<ThirdPartyEndpoint>() is not null || metadata.GetMetadata<HubMetadata>() is not null)
        && !context.IsUpgrade();

    private static bool IsForeignError(HttpResponse response) =>
        response.StatusCode >= StatusCodes.Status400BadRequest
        && !(response.ContentType ?? "").StartsWith(Problems.ContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The guarded body, with <see cref="DisableBuffering"/> forwarded to the body below it (response compression's): a
    /// stream the library wants unbuffered (server-sent events) stays unbuffered.
    /// </summary>
    private sealed class GuardedBodyFeature(Stream guarded, IHttpResponseBodyFeature original) : StreamResponseBodyFeature(guarded)
    {
        public override void DisableBuffering() => original.DisableBuffering();
    }
}
