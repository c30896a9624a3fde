namespace Modular.Orders.Application.Abstractions;

internal static class Clock
{
    /// <summary>Now at PostgreSQL's precision (microseconds), so an answer and a later read of the row agree.</summary>
    public static DateTimeOffset UtcNowMicroseconds(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
