using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Authentication;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>Who a budget belongs to: the user id when the caller is authenticated, else the client address.</summary>
internal static class RateLimitClient
{
    public static string KeyFor(HttpContext context) =>
        context.User.TryGetUserId(out var userId)
            ? $"user:{userId:N}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
}
