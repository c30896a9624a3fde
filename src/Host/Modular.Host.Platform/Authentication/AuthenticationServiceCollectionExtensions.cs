using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Authentication.Liveness;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Web.Authentication;

namespace Modular.Host.Platform.Authentication;

internal static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer validation (with the account-liveness check every process makes, whatever modules it runs) and the
    /// <c>user</c>/<c>admin</c> policies, the same for every module's endpoints.
    /// </summary>
    public static IServiceCollection AddModularAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<JwtOptions, JwtSigningKeyValidator>(configuration, JwtOptions.SectionName);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerConfigurator>();
        services.AddValidatedOptions<AccountLivenessOptions>(configuration, AccountLivenessOptions.SectionName);
        services.AddSingleton<RedisAccountLiveness>();
        services.AddSingleton<IAccountLiveness>(provider => provider.GetRequiredService<RedisAccountLiveness>());
        services.AddHostedService<AccountLivenessSubscription>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.User, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }
}
