using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.Http;

internal static class HttpServiceCollectionExtensions
{

    /// <summary>Body size limit (Kestrel and middleware), and binding failures routed to the one problem+json handler.</summary>
    public static IServiceCollection AddModularHttpLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HttpOptions>(configuration, HttpOptions.SectionName);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpOptions>>((kestrel, http) =>
        {
            kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
            // Kestrel's default refuses a header value that is not valid UTF-8 with a bare 400 before any middleware
            // runs. Every header the contract reads is ASCII, so decoding each byte as one character (Latin-1) loses
            // nothing: a non-ASCII value reaches the endpoint that judges it, and the client gets the contract's
            // problem (an Idempotency-Key must be printable ASCII, a token must verify).
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
        });

        // Off by default outside Development: binding failures (malformed JSON, unknown property, wrong content
        // type) would then be bare status codes; thrown, GlobalExceptionHandler names the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
