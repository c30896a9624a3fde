using Modular.Host.Platform.RateLimiting;

namespace Modular.Host.UnitTests.RateLimiting;

public sealed class RateLimitDecisionTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(4, 1)]
    [InlineData(5, 0)]
    [InlineData(9, 0)]
    public void Remaining_never_goes_below_zero(long count, long remaining) =>
        Assert.Equal(remaining, new RateLimitDecision(true, count, 5, TimeSpan.FromSeconds(1)).Remaining);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1001, 2)]
    [InlineData(899_000, 899)]
    public void Reset_seconds_round_up_and_are_at_least_one(long milliseconds, long seconds) =>
        Assert.Equal(seconds, new RateLimitDecision(false, 5, 5, TimeSpan.FromMilliseconds(milliseconds)).ResetSeconds);

    [Theory]
    [InlineData(400, true)]
    [InlineData(401, true)]
    [InlineData(404, true)]
    [InlineData(409, true)]
    [InlineData(422, true)]
    [InlineData(200, false)]
    [InlineData(201, false)]
    [InlineData(204, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    public void Only_client_errors_other_than_429_count_as_failed_attempts(int status, bool failure) =>
        Assert.Equal(failure, AuthAttemptMiddleware.IsFailure(status));
}
