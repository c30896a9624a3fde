using Microsoft.AspNetCore.Builder;

namespace Modular.Host.Platform.Http;

internal static class HttpApplicationExtensions
{
    /// <summary>
    /// Marks each request as in the application until its response completed, so that only what Kestrel writes on its
    /// own (its refusals) is rewritten (<see cref="ServerRejectionConnectionMiddleware"/>); first, before anything can answer.
    /// </summary>
    public static IApplicationBuilder UseServerRejectionGuard(this IApplicationBuilder app) => app.UseMiddleware<ApplicationRequestMiddleware>();

    /// <summary>The client's address and scheme as a trusted proxy forwarded them; first, so that everything after sees them.</summary>
    public static IApplicationBuilder UseModularForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>HEAD answered as GET without a body; goes before routing, so that it routes as the GET it becomes.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.UseMiddleware<HeadRequestMiddleware>();

    /// <summary>
    /// Input every endpoint can rely on: bodies within the size limit, no NUL or lone surrogate in path or query, each
    /// query parameter at most once, and a body charset the server reads (or a 415).
    /// </summary>
    public static IApplicationBuilder UseModularRequestGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>()
            .UseMiddleware<UnsafeTextMiddleware>()
            .UseMiddleware<DuplicateQueryParameterMiddleware>()
            .UseMiddleware<RequestMediaTypeMiddleware>();
}
