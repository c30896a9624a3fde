using Microsoft.AspNetCore.Builder;

namespace Modular.Shared.Web.Security;

public static class SecurityApplicationExtensions
{
    /// <summary>Security headers, compression and CORS (preflights answered here, before authentication).</summary>
    public static IApplicationBuilder UseModularSecurity(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseResponseCompression().UseCors();
}
