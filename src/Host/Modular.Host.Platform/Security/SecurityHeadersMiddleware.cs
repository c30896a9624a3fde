using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;
using Modular.Host.Platform.GraphQL;
using Scalar.AspNetCore;

namespace Modular.Host.Platform.Security;

/// <summary>
/// Adds the contract's security headers, <c>Vary: Origin</c> and the caching rule, as the response starts, so that answers
/// rewritten by the exception handler (which clears headers) carry them too.
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
            ? SecurityHeaders.DocsContentSecurityPolicy(state.Context.Items[ScalarOptions.NonceHttpContextItemKey] as string)
            : SecurityHeaders.ApiContentSecurityPolicy;
        if (state.SendHsts)
        {
            headers[HeaderNames.StrictTransportSecurity] = SecurityHeaders.StrictTransportSecurity;
        }

        // Whether CORS headers are sent depends on the request's Origin: caches must key every answer on it.
        Vary(headers, HeaderNames.Origin);

        // The GraphQL endpoint's answers differ by Accept (media type, and the status of a request error), those made
        // before it runs too: the wrong method's 405, a refused media type's 415, a repeated parameter's 400.
        if (state.Context.Request.Path.StartsWithSegments(GraphQLEndpoints.Path, out var rest) && rest.Value is null or "" or "/")
        {
            Vary(headers, HeaderNames.Accept);
        }

        // Tokens (RFC 6749 §5.1) and personal data are in most answers, REST and GraphQL alike: no answer is stored by any
        // cache unless its endpoint says otherwise (ADR 0046). Pragma is for HTTP/1.0 caches, which ignore Cache-Control.
        if (headers.CacheControl.Count == 0)
        {
            headers.CacheControl = SecurityHeaders.NoStore;
            headers.Pragma = SecurityHeaders.NoCache;
        }

        headers.Remove(HeaderNames.Server);
        headers.Remove(HeaderNames.XPoweredBy);
        return Task.CompletedTask;
    }

    /// <summary>Names <paramref name="name"/> in <c>Vary</c> once, whatever the endpoint already put there.</summary>
    private static void Vary(IHeaderDictionary headers, string name)
    {
        if (!headers.Vary.Any(value => value is not null && value.Split(',').Any(token => token.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))))
        {
            headers.Append(HeaderNames.Vary, name);
        }
    }
}
