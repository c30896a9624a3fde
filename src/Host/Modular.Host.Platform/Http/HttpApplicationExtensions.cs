using Microsoft.AspNetCore.Builder;

namespace Modular.Host.Platform.Http;

internal static class HttpApplicationExtensions
{
    /// <summary>Input every endpoint can rely on: bodies within the size limit, no NUL or lone surrogate in path or query.</summary>
    public static IApplicationBuilder UseModularRequestGuards(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestBodyLimitMiddleware>().UseMiddleware<UnsafeTextMiddleware>();
}
