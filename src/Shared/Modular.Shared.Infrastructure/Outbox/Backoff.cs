namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>Exponential back-off with jitter, capped.</summary>
internal static class Backoff
{
    public static TimeSpan For(int attempt, TimeSpan max)
    {
        var exponential = TimeSpan.FromMilliseconds(100 * Math.Pow(2, Math.Min(attempt, 16)));
        var capped = exponential < max ? exponential : max;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    public static async Task DelayAsync(int attempt, TimeSpan max, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(For(attempt, max), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the caller's loop checks the token next.
        }
    }
}
