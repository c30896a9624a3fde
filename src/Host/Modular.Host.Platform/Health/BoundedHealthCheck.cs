using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Modular.Host.Platform.Health;

/// <summary>
/// Answers within its registration's timeout whether or not the check it wraps honours cancellation: past the timeout the
/// result is the registration's failure status ("does not answer"), and the wrapped check is left to finish on its own.
/// AspNetCore.HealthChecks.Redis ignores the token while StackExchange.Redis waits for a hung server (measured: 5-6 s
/// against a 3 s timeout), and a readiness probe with a short timeout then saw no answer at all instead of a 503.
/// </summary>
internal sealed class BoundedHealthCheck(IHealthCheck inner, TimeSpan timeout) : IHealthCheck
{
    /// <summary>The check it bounds (a check that keeps memory between runs is registered once, and stays one).</summary>
    public IHealthCheck Inner => inner;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.CheckHealthAsync(context, cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"No answer within {timeout.TotalSeconds:0.#} s");
        }
    }
}
