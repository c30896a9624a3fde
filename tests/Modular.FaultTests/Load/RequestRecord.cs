namespace Modular.FaultTests.Load;

/// <summary>
/// One request of the load: what it was, when it started (scenario seconds), how long it took, and its answer.
/// <see cref="Status"/> is -1 when no HTTP answer came (refused, reset, or the client's own timeout).
/// </summary>
internal sealed record RequestRecord(
    string Operation,
    double StartedAt,
    double DurationMs,
    int Status,
    bool IsProblemJson,
    bool HasRetryAfter,
    string? Failure)
{
    public double EndedAt => StartedAt + (DurationMs / 1000);
}
