namespace Modular.Shared.Kernel.Time;

/// <summary>
/// The system's one clock: every timestamp it produces (resources' <c>createdAt</c>/<c>updatedAt</c>, events'
/// <c>occurredAt</c>, token and idempotency records, outbox and inbox rows) is <see cref="GetUtcNow"/> of this
/// provider, registered as the <see cref="TimeProvider"/> of every process. It keeps PostgreSQL's precision
/// (microseconds), so the instant an answer shows is the instant a later read of the stored row shows (ADR 0020).
/// </summary>
/// <remarks>Durations and timers (<see cref="GetTimestamp"/>, <see cref="CreateTimer"/>) pass through unchanged.</remarks>
public sealed class MicrosecondClock(TimeProvider source) : TimeProvider
{
    /// <summary>The wall clock of the machine, at microsecond precision.</summary>
    public static MicrosecondClock Default { get; } = new(TimeProvider.System);

    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;

    public override long TimestampFrequency => source.TimestampFrequency;

    /// <summary>Now in UTC, truncated to whole microseconds.</summary>
    public override DateTimeOffset GetUtcNow() => Truncate(source.GetUtcNow());

    public override long GetTimestamp() => source.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        source.CreateTimer(callback, state, dueTime, period);

    /// <summary><paramref name="value"/> without its sub-microsecond ticks (PostgreSQL keeps 6 fractional digits, .NET 7).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));
}
