using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Messaging;
using NSubstitute;

namespace Modular.Host.UnitTests.Messaging;

public sealed class BusLifetimeTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);
    private readonly IBusDepot _depot = Substitute.For<IBusDepot>();

    [Fact]
    public async Task A_stop_during_the_start_cancels_it_and_stops_the_bus_once_it_has_unwound()
    {
        CancellationToken startToken = default;
        _depot.Start(Arg.Any<CancellationToken>()).Returns(call =>
        {
            startToken = call.Arg<CancellationToken>();
            return Task.Delay(Timeout.InfiniteTimeSpan, startToken);
        });
        var lifetime = Lifetime(stopBudget: Hang);

        await lifetime.StartAsync(CancellationToken.None);
        await lifetime.StopAsync(CancellationToken.None).WaitAsync(Hang);

        Assert.True(startToken.IsCancellationRequested);
        await _depot.Received(1).Stop(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_cancelled_start_that_does_not_unwind_holds_the_stop_for_half_its_budget_at_most()
    {
        // MassTransit's start can keep a receive endpoint waiting for its connection after the cancellation.
        _depot.Start(Arg.Any<CancellationToken>()).Returns(new TaskCompletionSource().Task);
        var lifetime = Lifetime(stopBudget: TimeSpan.FromMilliseconds(400));

        await lifetime.StartAsync(CancellationToken.None);
        await lifetime.StopAsync(CancellationToken.None).WaitAsync(Hang);

        Assert.Equal(TimeSpan.FromMilliseconds(200), lifetime.StartUnwindBound);
        await _depot.Received(1).Stop(Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(30, 5)]
    [InlineData(8, 4)]
    [InlineData(2, 1)]
    public void The_wait_for_a_cancelled_start_is_half_the_stop_budget_at_most_5_s(int budgetSeconds, int boundSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(boundSeconds), Lifetime(TimeSpan.FromSeconds(budgetSeconds)).StartUnwindBound);

    [Fact]
    public async Task A_stop_after_the_start_stops_the_bus_without_waiting()
    {
        _depot.Start(Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);
        var lifetime = Lifetime(stopBudget: Hang);

        await lifetime.StartAsync(CancellationToken.None);
        await lifetime.StopAsync(CancellationToken.None).WaitAsync(Hang);

        await _depot.Received(1).Stop(Arg.Any<CancellationToken>());
    }

    private BusLifetime Lifetime(TimeSpan stopBudget) =>
        new(_depot, Options.Create(new MassTransitHostOptions { StopTimeout = stopBudget }), NullLogger<BusLifetime>.Instance);
}
