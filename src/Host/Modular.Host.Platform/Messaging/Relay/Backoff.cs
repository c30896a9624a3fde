namespace Modular.Host.Platform.Messaging.Relay;

/// <summary>Exponential back-off with jitter, capped.</summary>
internal static class Backoff
{
    public static TimeSpan For(int attempt, TimeSpan max)
    {
        var exponential = TimeSpan.FromMilliseconds(100 * Math.Pow(2, Math.Min(attempt, 16)));
        var capped = exponential < max ? exponential : max;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
