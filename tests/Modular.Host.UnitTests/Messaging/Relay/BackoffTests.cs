using Modular.Host.Platform.Messaging.Relay;

namespace Modular.Host.UnitTests.Messaging.Relay;

public sealed class BackoffTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(3, 800)]
    [InlineData(8, 25_600)]
    [InlineData(9, 30_000)]
    [InlineData(40, 30_000)]
    public void For_is_the_capped_exponential_delay_within_twenty_percent_jitter(int attempt, double expectedMilliseconds)
    {
        for (var sample = 0; sample < 200; sample++)
        {
            var delay = Backoff.For(attempt, Max).TotalMilliseconds;

            Assert.InRange(delay, expectedMilliseconds * 0.8, expectedMilliseconds * 1.2);
        }
    }

    [Fact]
    public void For_grows_with_every_attempt_even_across_jitter()
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var current = Backoff.For(attempt, Max);
            var next = Backoff.For(attempt + 1, Max);

            Assert.True(next > current, $"attempt {attempt + 1} waited {next}, not longer than attempt {attempt} ({current})");
        }
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public void For_never_exceeds_the_maximum_plus_jitter_and_is_never_negative(int attempt)
    {
        for (var sample = 0; sample < 200; sample++)
        {
            var delay = Backoff.For(attempt, Max);

            Assert.True(delay >= TimeSpan.Zero, $"{delay} is negative");
            Assert.True(delay <= Max * 1.2, $"{delay} exceeds {Max * 1.2}");
        }
    }
}
