using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>
/// The counting half of the Auth policy: its limiter only checks the failure count before the endpoint runs, and this
/// counts one failure after the endpoint answered with a client error. Successful attempts leave the budget untouched.
/// </summary>
internal sealed class AuthFailureCounterMiddleware(RequestDelegate next, IRateLimitCounterStore store, IOptions<RateLimitingOptions> options)
{
    private readonly RateLimitRule? _rule = options.Value is { Enabled: true, Auth.Enabled: true } enabled
        ? enabled.Auth.ToRule(RateLimitPolicies.Auth)
        : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_rule is null || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != RateLimitPolicies.Auth)
        {
            await next(context);
            return;
        }

        // The same client key the limiter checked, taken before the endpoint could change the principal.
        var key = RateLimitClient.KeyFor(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (IsFailure(exception.StatusCode))
        {
            await store.RecordAsync(key, _rule);
            throw;
        }

        if (IsFailure(context.Response.StatusCode))
        {
            await store.RecordAsync(key, _rule);
        }
    }

    internal static bool IsFailure(int status) => status is >= 400 and < 500 and not StatusCodes.Status429TooManyRequests;
}
