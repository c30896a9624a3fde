using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>
/// The settling half of the Auth policy (<c>RateLimiting:Auth</c>, the contract's failed-attempt budget). Its limiter
/// counts every attempt before the endpoint runs, so attempts sent in parallel cannot all be checked against a budget
/// that no failure has reached yet; this gives the attempt back once the endpoint answered anything but a client error
/// (a success, a server fault). A failure keeps its count.
/// </summary>
internal sealed class AuthAttemptMiddleware(RequestDelegate next, IRateLimitCounterStore store, IOptions<RateLimitingOptions> options)
{
    private readonly RateLimitRule? _rule = options.Value is { Enabled: true, Auth.Enabled: true } enabled
        ? enabled.Auth.ToRule(RateLimitPolicies.Auth)
        : null;

    public async Task InvokeAsync(HttpContext context)
    {
        // Only requests the limiter let through reach this middleware: each holds one counted attempt.
        if (_rule is null || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != RateLimitPolicies.Auth)
        {
            await next(context);
            return;
        }

        // The same client key the limiter counted, taken before the endpoint could change the principal.
        var key = RateLimitClient.KeyFor(context);
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (IsFailure(exception.StatusCode))
        {
            throw;
        }
        catch
        {
            await store.ReleaseAsync(key, _rule);
            throw;
        }

        if (!IsFailure(context.Response.StatusCode))
        {
            await store.ReleaseAsync(key, _rule);
        }
    }

    /// <summary>A client error other than 429: the attempts the budget counts.</summary>
    internal static bool IsFailure(int status) => status is >= 400 and < 500 and not StatusCodes.Status429TooManyRequests;
}
