using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Modular.Host.Platform.Shutdown;

namespace Modular.Host.UnitTests.Shutdown;

public sealed class StopAfterStartTests
{
    [Fact]
    public void A_stop_asked_for_while_starting_waits_for_the_start_then_runs()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var stop = new StopAfterStart(lifetime);

        stop.StopApplication();
        stop.StopApplication();

        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        lifetime.NotifyStarted();
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public void A_stop_after_the_start_runs_at_once()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var stop = new StopAfterStart(lifetime);
        lifetime.NotifyStarted();

        stop.StopApplication();

        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Equal(lifetime.ApplicationStarted, stop.ApplicationStarted);
    }
}
