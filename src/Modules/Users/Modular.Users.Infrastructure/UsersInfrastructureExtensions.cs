using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Caching;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Modules;
using Modular.Users.Application.Abstractions;
using Modular.Users.Infrastructure.Caching;
using Modular.Users.Infrastructure.Events;
using Modular.Users.Infrastructure.Persistence;

namespace Modular.Users.Infrastructure;

internal static class UsersInfrastructureExtensions
{
    public static IServiceCollection AddUsersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleInfrastructure<UsersDbContext, UsersIntegrationEventMapper>(
            configuration,
            UsersModuleInfo.Name,
            UsersModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);

        services.AddScoped<IUserProfileRepository, UserProfileRepository>();
        services.AddScoped<IProfileReader, ProfileReader>();

        services.AddModularCache(configuration);
        services.AddValidatedOptions<UsersCacheOptions>(configuration, UsersCacheOptions.SectionName);
        services.AddSingleton<IProfileCache, ProfileCache>();
        return services;
    }
}
