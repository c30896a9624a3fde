using Microsoft.AspNetCore.Builder;

namespace Modular.Host.Platform.Http;

internal static class HttpApplicationExtensions
{
    /// <summary>The client's address and scheme as a trusted proxy forwarded them; first, so that everything after sees them.</summary>
    public static IApplicationBuilder UseModularForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>Input every endpoint can rely on: bodies within the size limit, no NUL or lone surrogate in path or query.</summary>
    public static IApplicationBuilder UseModularRequestGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>().UseMiddleware<UnsafeTextMiddleware>();
}
