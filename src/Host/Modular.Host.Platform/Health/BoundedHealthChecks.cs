using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Health;

/// <summary>Wraps every registered check that has a timeout in a <see cref="BoundedHealthCheck"/>, whoever registered it.</summary>
internal sealed class BoundedHealthChecks : IPostConfigureOptions<HealthCheckServiceOptions>
{
    public void PostConfigure(string? name, HealthCheckServiceOptions options)
    {
        foreach (var registration in options.Registrations)
        {
            if (registration.Timeout > TimeSpan.Zero && registration.Timeout != Timeout.InfiniteTimeSpan)
            {
                var factory = registration.Factory;
                var timeout = registration.Timeout;
                registration.Factory = provider => new BoundedHealthCheck(factory(provider), timeout);
            }
        }
    }
}
