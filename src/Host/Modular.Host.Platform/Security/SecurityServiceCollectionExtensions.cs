using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Headers a browser may read on a cross-origin response: tracing, created resources, and rate-limit feedback.</summary>
    private static readonly string[] ExposedHeaders =
        ["X-Correlation-Id", "Location", "Retry-After", "RateLimit", "RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

    /// <summary>CORS from <c>Cors:AllowedOrigins</c> (validated at startup), credentials allowed, and Brotli/gzip response compression.</summary>
    public static WebApplicationBuilder AddModularSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<CorsSettings, CorsSettingsValidator>(builder.Configuration, CorsSettings.SectionName);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddDefaultPolicy(policy =>
        {
            var origins = settings.Value.Origins();
            if (origins.Contains("*"))
            {
                // Development only (CorsSettingsValidator): any origin, echoed, since credentials forbid the '*' answer.
                policy.SetIsOriginAllowed(_ => true);
            }
            else
            {
                policy.WithOrigins([.. origins]);
            }

            // Browser clients send credentials by default (the SignalR client's negotiate does); the API sets no cookies,
            // so allowing them exposes nothing a bearer token does not already grant.
            policy.AllowCredentials().AllowAnyMethod().AllowAnyHeader().WithExposedHeaders(ExposedHeaders).SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));

        services.AddResponseCompression(options =>
        {
            // BREACH needs a browser that sends credentials on its own; bearer tokens are never sent that way, so HTTPS may compress.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // Every text type this host answers with beyond the defaults: problems, GraphQL's own media type, the reference's
            // script (text/javascript) and the OpenMetrics exposition. Server-sent events (text/event-stream) stay out: a
            // compressor would hold events back until its buffer fills.
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                [Problems.ContentType, GraphQL.GraphQLMediaTypes.GraphQLResponse, "text/javascript", "application/openmetrics-text"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }
}
