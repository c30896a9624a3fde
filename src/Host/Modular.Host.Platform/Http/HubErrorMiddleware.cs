using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Hub requests over HTTP (negotiate, long polling, server-sent events) that SignalR refuses itself answer with the
/// contract's problem+json: its dispatcher writes <c>text/plain</c> ("Connection ID required" 400, "No Connection with
/// that ID" 404), which <c>UseStatusCodePages</c> leaves alone since the body is not empty. The text becomes the
/// problem's <c>detail</c>. Successful answers, streams included, pass through unbuffered; WebSockets are untouched.
/// </summary>
internal sealed class HubErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is null || context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        // The body feature itself is swapped and restored (not Response.Body, whose setter would leave a wrapper behind):
        // SignalR writes through BodyWriter, which the wrapper's CompleteAsync flushes into the guarded stream. The wrapper
        // has no prior feature on purpose: starting the response (headers out) is left to the first byte that passes.
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var guarded = new ErrorBodyStream(original.Stream, () => context.Response.StatusCode >= StatusCodes.Status400BadRequest);
        var wrapper = new StreamResponseBodyFeature(guarded);
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
}
