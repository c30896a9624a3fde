using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Web.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>Registers the named policies so endpoints can require them.</summary>
    public static IServiceCollection AddModularRateLimiting(this IServiceCollection services)
    {
        // Placeholder until the Redis-backed limiter (issue 4) replaces it: the policies exist but do not limit.
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Api, _ => RateLimitPartition.GetNoLimiter(string.Empty));
            options.AddPolicy(RateLimitPolicies.Auth, _ => RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }
}
