using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Authentication.Liveness;
using Modular.Host.Platform.Authentication.TokenCache;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Web.Authentication;

namespace Modular.Host.Platform.Authentication;

internal static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer validation (with the account-liveness check every process makes, whatever modules it runs, and the
    /// cache of validated tokens, ADR 0039) and the <c>user</c>/<c>admin</c> policies, the same for every module's endpoints.
    /// </summary>
    public static IServiceCollection AddModularAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<JwtOptions, JwtSigningKeyValidator>(configuration, JwtOptions.SectionName);
        services.AddValidatedOptions<AccessTokenCacheOptions>(configuration, AccessTokenCacheOptions.SectionName);
        services.AddSingleton<ValidatedTokenCache>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerConfigurator>();
        services.AddValidatedOptions<AccountLivenessOptions>(configuration, AccountLivenessOptions.SectionName);
        services.AddSingleton<RedisAccountLiveness>();
        services.AddSingleton<IAccountLiveness>(provider => provider.GetRequiredService<RedisAccountLiveness>());
        services.AddHostedService<AccountLivenessSubscription>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.RemoveKeyRingLoadAtStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.User, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>
    /// <c>AddAuthentication</c> brings ASP.NET Core Data Protection, whose hosted service reads the key ring at start-up
    /// (and on a new machine creates one and writes it under <c>$HOME</c>): XML parsing and cryptography, 2-4 MB
    /// resident for the process's life (docs/performance.md, "Idle resident memory"). Nothing here protects data (bearer
    /// tokens, no cookies, no antiforgery); were something to, its first use would read the ring.
    /// </summary>
    internal static IServiceCollection RemoveKeyRingLoadAtStart(this IServiceCollection services)
    {
        foreach (var keyRingLoad in services.Where(service => service.ServiceType == typeof(IHostedService) && IsDataProtection(service.ImplementationType)).ToList())
        {
            services.Remove(keyRingLoad);
        }

        return services;
    }

    internal static bool IsDataProtection(Type? type) =>
        type?.Namespace?.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) == true;
}
