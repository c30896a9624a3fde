using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Health;

namespace Modular.Host.UnitTests.Health;

public sealed class BoundedHealthCheckTests
{
    [Fact]
    public async Task A_check_that_ignores_cancellation_is_answered_with_its_failure_status_at_the_timeout()
    {
        var check = new BoundedHealthCheck(new Hung(), TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var result = await check.CheckHealthAsync(Context(HealthStatus.Degraded));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("No answer within", result.Description, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_check_that_answers_in_time_is_answered_as_it_is()
    {
        var check = new BoundedHealthCheck(new Answers(), TimeSpan.FromSeconds(5));

        var result = await check.CheckHealthAsync(Context(HealthStatus.Unhealthy));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("fine", result.Description);
    }

    [Fact]
    public void Every_registration_with_a_timeout_is_bounded_and_the_others_are_left_alone()
    {
        var services = new ServiceCollection();
        services.AddHealthChecks()
            .AddCheck("timed", new Answers(), timeout: TimeSpan.FromSeconds(3))
            .AddCheck("untimed", new Answers());
        services.AddSingleton<IPostConfigureOptions<HealthCheckServiceOptions>, BoundedHealthChecks>();
        using var provider = services.BuildServiceProvider();

        var registrations = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.ToDictionary(registration => registration.Name);

        Assert.IsType<BoundedHealthCheck>(registrations["timed"].Factory(provider));
        Assert.IsType<Answers>(registrations["untimed"].Factory(provider));
    }

    private static HealthCheckContext Context(HealthStatus failure) =>
        new() { Registration = new HealthCheckRegistration("probe", new Answers(), failure, tags: null) };

    private sealed class Hung : IHealthCheck
    {
        // Ignores the token, as a check blocked in a client without cancellation does.
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            new TaskCompletionSource<HealthCheckResult>().Task;
    }

    private sealed class Answers : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy("fine"));
    }
}
