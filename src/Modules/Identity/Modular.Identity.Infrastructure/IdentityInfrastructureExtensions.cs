using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Infrastructure.Events;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Identity.Infrastructure.RefreshTokens;
using Modular.Identity.Infrastructure.Revocation;
using Modular.Identity.Infrastructure.Security;
using Modular.Identity.Infrastructure.Seeding;
using Modular.Shared.Application.Security;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Identity.Infrastructure;

internal static class IdentityInfrastructureExtensions
{
    public static IServiceCollection AddIdentityInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleInfrastructure<IdentityDbContext, IdentityIntegrationEventMapper>(
            configuration,
            IdentityModuleInfo.Name,
            IdentityModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PasswordHashingOptions>().Bind(configuration.GetSection(PasswordHashingOptions.SectionName))
            .Validate(options => options.WorkFactor is >= PasswordHashingOptions.MinimumWorkFactor and <= 16, "Identity:Password:WorkFactor must be between 10 and 16.")
            .Validate(options => options.MaxConcurrentHashes >= 0, "Identity:Password:MaxConcurrentHashes must not be negative.")
            .ValidateOnStart();
        services.AddOptions<RevocationOptions>().Bind(configuration.GetSection(RevocationOptions.SectionName))
            .Validate(options => options.LocalCacheDuration >= TimeSpan.Zero && options.LocalCacheDuration <= TimeSpan.FromSeconds(2), "Identity:Revocation:LocalCacheDuration must be between 0 and 2 seconds.")
            .ValidateOnStart();
        services.AddOptions<RefreshTokenPurgeOptions>().Bind(configuration.GetSection(RefreshTokenPurgeOptions.SectionName))
            .Validate(options => options.PurgeInterval > TimeSpan.Zero, "Identity:RefreshTokens:PurgeInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<AdministratorOptions>().Bind(configuration.GetSection(AdministratorOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdministratorOptions>, AdministratorOptionsValidator>();

        services.AddScoped<IUserAccountRepository, UserAccountRepository>();
        services.AddScoped<IRefreshTokenStore, RefreshTokenStore>();
        services.AddScoped<SessionIssuer>();
        services.AddSingleton<IPasswordHasher, BcryptPasswordHasher>();
        services.AddSingleton<ITokenService, JwtTokenService>();
        services.AddSingleton<AccessTokenRevocation>();
        services.AddSingleton<IAccessTokenRevocation>(provider => provider.GetRequiredService<AccessTokenRevocation>());
        services.AddSingleton<IRevokedUsers>(provider => provider.GetRequiredService<AccessTokenRevocation>());
        services.AddSingleton<RefreshTokenPurger>();
        services.AddHostedService<RefreshTokenPurgeJob>();
        services.AddHostedService<AdministratorSeeder>();
        return services;
    }
}
