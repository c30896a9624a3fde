using Microsoft.AspNetCore.Builder;

namespace Modular.Host.Platform.Security;

internal static class SecurityApplicationExtensions
{
    /// <summary>
    /// Security headers, compression and CORS (preflights answered here, before authentication), then the origin check
    /// of endpoints CORS does not protect (<see cref="AllowedOriginMiddleware"/>).
    /// </summary>
    public static IApplicationBuilder UseModularSecurity(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseResponseCompression().UseCors().UseMiddleware<AllowedOriginMiddleware>();
}
