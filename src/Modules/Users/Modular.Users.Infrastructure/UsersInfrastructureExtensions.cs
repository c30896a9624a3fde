using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Users.Infrastructure.Events;
using Modular.Users.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Modules;

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
