using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.Messaging.Relay;
using Modular.Host.UnitTests.Logging;

namespace Modular.Host.UnitTests.Messaging.Relay;

public sealed class BrokerWaitTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly RecordingLogger _logger = new();
    private readonly BrokerWait _wait;

    public BrokerWaitTests() => _wait = new BrokerWait("orders", "127.0.0.1:5672", _clock, _logger);

    [Fact]
    public void A_wait_as_long_as_a_bus_takes_to_connect_is_one_information_line()
    {
        for (var cycle = 0; cycle < 10; cycle++)
        {
            _wait.NotReady(BusHealthStatus.Unhealthy);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        _wait.Ready();

        var line = Assert.Single(_logger.Lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Outbox orders: waiting for RabbitMQ at 127.0.0.1:5672 before relaying", line.Message);
        Assert.Null(line.Exception);
    }

    [Fact]
    public void A_wait_that_lasts_warns_once_and_says_when_it_is_over()
    {
        _wait.NotReady(BusHealthStatus.Unhealthy);
        _clock.Advance(BrokerWait.WarnAfter - TimeSpan.FromMilliseconds(1));
        _wait.NotReady(BusHealthStatus.Unhealthy);
        Assert.Empty(_logger.At(LogLevel.Warning));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _wait.NotReady(BusHealthStatus.Degraded);
        _clock.Advance(TimeSpan.FromSeconds(30));
        _wait.NotReady(BusHealthStatus.Unhealthy);
        _wait.Ready();

        Assert.Equal(
            [
                (LogLevel.Information, "Outbox orders: waiting for RabbitMQ at 127.0.0.1:5672 before relaying"),
                (LogLevel.Warning, "Outbox orders: still waiting for RabbitMQ at 127.0.0.1:5672 after 15 s (bus Degraded); events stay in the outbox until it is reachable"),
                (LogLevel.Information, "Outbox orders: RabbitMQ at 127.0.0.1:5672 reachable after 45 s; relaying"),
            ],
            _logger.Lines.Select(line => (line.Level, line.Message)));
    }

    [Fact]
    public void Each_new_wait_is_announced_again_and_a_ready_bus_says_nothing()
    {
        _wait.Ready();
        _wait.NotReady(BusHealthStatus.Unhealthy);
        _wait.Ready();
        _wait.Ready();
        _clock.Advance(TimeSpan.FromMinutes(5));
        _wait.NotReady(BusHealthStatus.Unhealthy);
        _clock.Advance(TimeSpan.FromSeconds(14));
        _wait.NotReady(BusHealthStatus.Unhealthy);

        Assert.Equal(2, _logger.Lines.Count);
        Assert.All(_logger.Lines, line => Assert.Equal(LogLevel.Information, line.Level));
    }
}
