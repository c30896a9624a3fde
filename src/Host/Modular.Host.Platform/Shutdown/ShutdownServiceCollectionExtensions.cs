using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.Shutdown;

internal static class ShutdownServiceCollectionExtensions
{
    /// <summary>
    /// <c>ShutdownTimeoutSeconds</c> becomes the host's shutdown timeout; the server's drain, the outbox flush and the
    /// bus stop (MassTransit reads <see cref="HostOptions.ShutdownTimeout"/>) all share it.
    /// </summary>
    public static IServiceCollection AddModularGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ShutdownOptions>(configuration, sectionPath: string.Empty);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownOptions.TimeoutFrom(configuration[ShutdownOptions.Key]));
        services.AddHostedService<ShutdownLogger>();
        services.AddSingleton<StopAfterStart>();
        // The console lifetime (signals) stops through StopAfterStart; a test server's own lifetime is left alone.
        if (services.LastOrDefault(service => service.ServiceType == typeof(IHostLifetime))?.ImplementationType == typeof(ConsoleLifetime))
        {
            services.Replace(ServiceDescriptor.Singleton<IHostLifetime>(provider => new ConsoleLifetime(
                provider.GetRequiredService<IOptions<ConsoleLifetimeOptions>>(),
                provider.GetRequiredService<IHostEnvironment>(),
                provider.GetRequiredService<StopAfterStart>(),
                provider.GetRequiredService<IOptions<HostOptions>>(),
                provider.GetRequiredService<ILoggerFactory>())));
        }

        return services;
    }
}
