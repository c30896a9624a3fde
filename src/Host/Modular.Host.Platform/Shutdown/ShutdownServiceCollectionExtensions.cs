using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        return services;
    }
}
