using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Infrastructure.AccountStates;
using Modular.Identity.Infrastructure.Events;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Identity.Infrastructure.RefreshTokens;
using Modular.Identity.Infrastructure.Security;
using Modular.Identity.Infrastructure.Seeding;
using Modular.Shared.Infrastructure.Configuration;
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

        services.AddValidatedOptions<PasswordHashingOptions>(configuration, PasswordHashingOptions.SectionName);
        services.AddValidatedOptions<AccountStateOptions>(configuration, AccountStateOptions.SectionName);
        services.AddValidatedOptions<RefreshTokenPurgeOptions>(configuration, RefreshTokenPurgeOptions.SectionName);
        services.AddValidatedOptions<AdministratorOptions, AdministratorOptionsValidator>(configuration, AdministratorOptions.SectionName);

        services.AddScoped<IUserAccountRepository, UserAccountRepository>();
        services.AddScoped<IRefreshTokenStore, RefreshTokenStore>();
        services.AddScoped<SessionIssuer>();
        services.AddSingleton<IPasswordHasher, BcryptPasswordHasher>();
        services.AddSingleton<ITokenService, JwtTokenService>();
        services.AddSingleton<RedisAccountStates>();
        services.AddSingleton<IAccountStates>(provider => provider.GetRequiredService<RedisAccountStates>());
        services.AddHostedService<AccountStateSyncJob>();
        services.AddSingleton<RefreshTokenPurger>();
        services.AddHostedService<RefreshTokenPurgeJob>();
        services.AddHostedService<AdministratorSeeder>();
        return services;
    }
}
