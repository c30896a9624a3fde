using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.Http;

internal static class HttpServiceCollectionExtensions
{
    /// <summary>
    /// Body size limit (Kestrel and middleware), binding failures routed to the one problem+json handler, the forwarded
    /// headers of trusted proxies (<see cref="HttpOptions.TrustedProxies"/>), Kestrel's own refusals answered as problem+json,
    /// and the <c>uuid</c> route constraint of every id route (<see cref="UuidRouteConstraint"/>).
    /// </summary>
    public static IServiceCollection AddModularHttpLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HttpOptions, HttpOptionsValidator>(configuration, HttpOptions.SectionName);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HttpOptions>>((forwarded, http) =>
        {
            // X-Forwarded-Host stays ignored: the host never builds an address from the request's Host.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Entries are believed from the nearest proxy back while each was added by a trusted proxy (a TLS balancer in
            // front of nginx: two hops), and no further: the first address no trusted proxy vouches for is the client,
            // and whatever it wrote before its own entry is not believed. A limit of one hop made every client behind
            // two proxies the inner proxy, sharing one rate-limit budget (stranger's probe).
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (TrustedProxies.TryParse(http.Value.TrustedProxies, out var proxies, out _))
            {
                proxies.Addresses.ToList().ForEach(forwarded.KnownProxies.Add);
                proxies.Networks.ToList().ForEach(forwarded.KnownIPNetworks.Add);
            }
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpOptions>, IHostEnvironment, ILoggerFactory, TimeProvider>((kestrel, http, environment, loggers, clock) =>
        {
            kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
            // Kestrel's default refuses a header value that is not valid UTF-8 with a bare 400 before any middleware
            // runs. Every header the contract reads is ASCII, so decoding each byte as one character (Latin-1) loses
            // nothing: a non-ASCII value reaches the endpoint that judges it, and the client gets the contract's
            // problem (an Idempotency-Key must be printable ASCII, a token must verify).
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
            // Kestrel's own answers to requests it refuses before any middleware become the contract's (ADR 0043).
            var responses = new ServerRejectionResponse(!environment.IsDevelopment(), kestrel.Limits, clock);
            var logger = loggers.CreateLogger<ServerRejectionConnectionMiddleware>();
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => new ServerRejectionConnectionMiddleware(next, responses, logger).OnConnectionAsync));
        });

        // Off by default outside Development: binding failures (malformed JSON, unknown property, wrong content
        // type) would then be bare status codes; thrown, GlobalExceptionHandler names the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<UuidRouteConstraint>(UuidRouteConstraint.Name));
        return services;
    }
}
