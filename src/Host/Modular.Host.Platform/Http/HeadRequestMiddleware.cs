using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Modular.Host.Platform.Http;

/// <summary>
/// HEAD is GET without the body (RFC 9110, 9.3.2) on every route that answers GET, whichever module or framework mapped
/// it: before routing the request becomes a GET whose body goes nowhere, so the status and headers are exactly GET's.
/// Afterwards the method reads HEAD again (the request log). A 405's <c>Allow</c> lists HEAD wherever it lists GET.
/// </summary>
internal sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method))
        {
            if (!HttpMethods.IsGet(request.Method))
            {
                context.Response.OnStarting(static state => AllowHead((HttpResponse)state), context.Response);
            }

            await next(context);
            return;
        }

        var body = context.Response.Body;
        request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }

    private static Task AllowHead(HttpResponse response)
    {
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed
            && response.Headers.Allow is { Count: > 0 } allow
            && ListsMethod(allow, HttpMethods.Get)
            && !ListsMethod(allow, HttpMethods.Head))
        {
            response.Headers[HeaderNames.Allow] = $"{allow}, {HttpMethods.Head}";
        }

        return Task.CompletedTask;
    }

    private static bool ListsMethod(Microsoft.Extensions.Primitives.StringValues allow, string method) =>
        allow.SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries)).Contains(method, StringComparer.OrdinalIgnoreCase);
}
