using Microsoft.Extensions.Time.Testing;
using Modular.Shared.Infrastructure.Caching;

namespace Modular.Shared.UnitTests.Caching;

public sealed class AcknowledgementWaiterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Acknowledgements_that_arrive_before_the_receiver_count_is_known_are_counted()
    {
        var waiter = new AcknowledgementWaiter();
        waiter.Acknowledge("a");
        waiter.Acknowledge("b");

        Assert.True(await waiter.WaitForAsync(2, Timeout, _clock));
    }

    [Fact]
    public async Task An_instance_that_acknowledges_twice_counts_once()
    {
        var waiter = new AcknowledgementWaiter();
        waiter.Acknowledge("a");
        waiter.Acknowledge("a");

        var waiting = waiter.WaitForAsync(2, Timeout, _clock);
        Assert.False(waiting.IsCompleted);
        waiter.Acknowledge("b");

        Assert.True(await waiting);
        Assert.Equal(2, waiter.Acknowledged);
    }

    [Fact]
    public async Task Waiting_ends_without_success_when_an_instance_stays_silent_past_the_timeout()
    {
        var waiter = new AcknowledgementWaiter();
        waiter.Acknowledge("a");

        var waiting = waiter.WaitForAsync(2, Timeout, _clock);
        _clock.Advance(Timeout - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(await waiting);
        Assert.Equal(1, waiter.Acknowledged);
    }

    [Fact]
    public async Task No_receiver_means_nothing_to_wait_for()
    {
        Assert.True(await new AcknowledgementWaiter().WaitForAsync(0, Timeout, _clock));
    }
}
