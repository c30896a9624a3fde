using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Shared.Kernel.Time;

namespace Modular.Shared.Infrastructure.Time;

public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MicrosecondClock.Default"/> as the process's <see cref="TimeProvider"/> unless one is already
    /// registered (a test's fake clock). The platform and every module call it, so each composes alone as well.
    /// </summary>
    public static IServiceCollection AddModularClock(this IServiceCollection services)
    {
        services.TryAddSingleton<TimeProvider>(MicrosecondClock.Default);
        return services;
    }
}
