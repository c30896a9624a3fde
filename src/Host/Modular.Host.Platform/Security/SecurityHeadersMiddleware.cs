using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Modular.Host.Platform.Security;

/// <summary>
/// Adds the contract's security headers as the response starts, so that answers rewritten by the exception handler
/// (which clears headers) carry them too.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    private readonly bool _sendHsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state => Apply(((HttpContext, bool))state), (context, _sendHsts));
        return next(context);
    }

    private static Task Apply((HttpContext Context, bool SendHsts) state)
    {
        var headers = state.Context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.ContentSecurityPolicy] = state.Context.Request.Path.StartsWithSegments(SecurityHeaders.DocsPathPrefix)
            ? SecurityHeaders.DocsContentSecurityPolicy
            : SecurityHeaders.ApiContentSecurityPolicy;
        if (state.SendHsts)
        {
            headers[HeaderNames.StrictTransportSecurity] = SecurityHeaders.StrictTransportSecurity;
        }

        headers.Remove(HeaderNames.Server);
        headers.Remove(HeaderNames.XPoweredBy);
        return Task.CompletedTask;
    }
}
