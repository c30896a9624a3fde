using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>Answers 413 problem+json for a body over <c>Http:MaxRequestBodyBytes</c>, declared or streamed.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<HttpOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var original = context.Request.Body;
        var limited = new LimitedRequestBodyStream(original, limit);
        context.Request.Body = limited;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Body = original;
        }

        if (limited.LimitExceeded && !context.Response.HasStarted)
        {
            await WriteTooLargeAsync(context);
        }
    }

    private static Task WriteTooLargeAsync(HttpContext context)
    {
        context.Response.Clear();
        var problem = Problems.Create(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Problems.Result(problem).ExecuteAsync(context);
    }
}
