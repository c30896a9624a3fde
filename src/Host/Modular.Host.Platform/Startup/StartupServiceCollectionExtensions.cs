using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Startup;

internal static class StartupServiceCollectionExtensions
{
    /// <summary>Connection strings checked with the other options when the host starts, before anything connects.</summary>
    public static IServiceCollection AddModularStartupChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectionStrings>().Bind(configuration.GetSection(ConnectionStrings.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectionStrings>, ConnectionStringsValidator>();
        services.AddSingleton<StartupState>();
        return services;
    }
}
