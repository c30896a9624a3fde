using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.Startup;

internal static class StartupServiceCollectionExtensions
{
    /// <summary>Connection strings checked with the other options when the host starts, before anything connects.</summary>
    public static IServiceCollection AddModularStartupChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ConnectionStrings, ConnectionStringsValidator>(configuration, ConnectionStrings.SectionName);
        services.AddSingleton<StartupState>();
        return services;
    }
}
