using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Modular.Shared.Infrastructure.Time;
using Modular.Shared.Kernel.Time;

namespace Modular.Shared.UnitTests.Time;

public sealed class MicrosecondClockTests
{
    [Theory]
    [InlineData(638_000_000_000_000_007L, 638_000_000_000_000_000L)]
    [InlineData(638_000_000_000_000_019L, 638_000_000_000_000_010L)]
    [InlineData(638_000_000_000_000_010L, 638_000_000_000_000_010L)]
    [InlineData(638_000_000_000_000_009L, 638_000_000_000_000_000L)]
    public void Now_keeps_whole_microseconds_only_as_PostgreSQL_stores_them(long ticks, long expected)
    {
        var source = new FakeTimeProvider(new DateTimeOffset(ticks, TimeSpan.Zero));

        var now = new MicrosecondClock(source).GetUtcNow();

        Assert.Equal(expected, now.UtcTicks);
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }

    [Fact]
    public void Every_instant_the_system_clock_gives_round_trips_through_six_fractional_digits()
    {
        for (var i = 0; i < 1000; i++)
        {
            var now = MicrosecondClock.Default.GetUtcNow();
            var stored = DateTimeOffset.Parse(now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(now, stored);
        }
    }

    [Fact]
    public void Timestamps_and_timers_are_the_source_clock_s()
    {
        var source = new FakeTimeProvider();
        var clock = new MicrosecondClock(source);
        var fired = false;

        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        var before = clock.GetTimestamp();
        source.Advance(TimeSpan.FromSeconds(1));

        Assert.True(fired);
        Assert.Equal(TimeSpan.FromSeconds(1), clock.GetElapsedTime(before));
    }

    [Fact]
    public void The_clock_is_registered_once_and_a_fake_registered_first_wins()
    {
        var services = new ServiceCollection().AddModularClock().AddModularClock();
        Assert.Same(MicrosecondClock.Default, services.BuildServiceProvider().GetRequiredService<TimeProvider>());
        Assert.Single(services, service => service.ServiceType == typeof(TimeProvider));

        var fake = new FakeTimeProvider();
        var withFake = new ServiceCollection().AddSingleton<TimeProvider>(fake).AddModularClock();
        Assert.Same(fake, withFake.BuildServiceProvider().GetRequiredService<TimeProvider>());
    }
}
