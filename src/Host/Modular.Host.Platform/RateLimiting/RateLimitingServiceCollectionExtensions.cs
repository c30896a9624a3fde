using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Web.RateLimiting;
using StackExchange.Redis;

namespace Modular.Host.Platform.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// The contract's per-client budgets on ASP.NET Core's rate limiter: a global limiter for every <c>/api</c> request
    /// (<c>RateLimiting:Api</c>) and the named policies endpoints require, counted in Redis (see docs/adr).
    /// </summary>
    public static IServiceCollection AddModularRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitingOptions>(configuration, RateLimitingOptions.SectionName);
        services.AddSingleton<MemoryRateLimitCounterStore>();
        services.AddSingleton<IRateLimitCounterStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
            return new FallbackRateLimitCounterStore(
                new RedisRateLimitCounterStore(provider.GetRequiredService<IConnectionMultiplexer>(), options.KeyPrefix),
                provider.GetRequiredService<MemoryRateLimitCounterStore>(),
                options.StoreTimeout,
                provider.GetRequiredService<ILogger<FallbackRateLimitCounterStore>>());
        });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>, IServiceProvider>((limiter, settings, provider) =>
        {
            var options = settings.Value;
            var time = provider.GetRequiredService<TimeProvider>();
            // Resolved only when a limit is on: with everything off the limiter never touches Redis.
            var store = new Lazy<IRateLimitCounterStore>(provider.GetRequiredService<IRateLimitCounterStore>);
            var api = RuleOrNull(options, options.Api, RateLimitPolicies.Api);
            var auth = RuleOrNull(options, options.Auth, RateLimitPolicies.Auth);

            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            if (api is not null)
            {
                limiter.GlobalLimiter = new ApiRateLimiter(store.Value, api);
            }

            limiter.AddPolicy(RateLimitPolicies.Api, new StoreRateLimiterPolicy(store, api, time));
            limiter.AddPolicy(RateLimitPolicies.Auth, new StoreRateLimiterPolicy(store, auth, time));
        });
        return services;
    }

    /// <summary>The rate limiter, then the Auth policy's settlement of each attempt around the endpoint.</summary>
    public static IApplicationBuilder UseModularRateLimiting(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<AuthAttemptMiddleware>();

    private static RateLimitRule? RuleOrNull(RateLimitingOptions options, RateLimitRuleOptions rule, string policy) =>
        options.Enabled && rule.Enabled ? rule.ToRule(policy) : null;
}
