using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Modules;
using Modular.Users.Infrastructure.Events;
using Modular.Users.Infrastructure.Persistence;

namespace Modular.Users.Infrastructure;

public static class UsersInfrastructureExtensions
{
    public static IServiceCollection AddUsersInfrastructure(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleInfrastructure<UsersDbContext, UsersIntegrationEventMapper>(
            configuration,
            UsersModuleInfo.Name,
            UsersModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);
}
