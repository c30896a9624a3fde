using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Modular.Shared.Web.Problems;
using Modular.Shared.Web.Security;

namespace Modular.Host.Platform.Security;

/// <summary>
/// Enforces <see cref="AllowedOriginsOnly"/>: browsers do not apply CORS to a WebSocket upgrade, so without this check
/// any site a signed-in user visits could open the hub with that user's token. The origins are the CORS policy's own.
/// </summary>
internal sealed class AllowedOriginMiddleware(RequestDelegate next, ICorsPolicyProvider policies)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers[HeaderNames.Origin];
        if (origin.Count == 0 || context.GetEndpoint()?.Metadata.GetMetadata<AllowedOriginsOnly>() is null)
        {
            await next(context);
            return;
        }

        var policy = await policies.GetPolicyAsync(context, policyName: null);
        if (origin.Count == 1 && policy is not null && policy.IsOriginAllowed(origin.ToString()))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await Problems.Result(Problems.Create(context, StatusCodes.Status403Forbidden, "This origin may not connect here.")).ExecuteAsync(context);
    }
}
