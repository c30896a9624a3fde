using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Messaging;

namespace Modular.Shared.UnitTests.Messaging;

public sealed class ConsumerRegistrationTests
{
    [Fact]
    public void A_handler_marked_handled_in_arrival_order_asks_for_it()
    {
        var registration = new ConsumerRegistration("shop", typeof(string), typeof(OrderedHandler), typeof(object));

        Assert.True(registration.InArrivalOrder);
        Assert.Equal("shop.ordered", registration.QueueName);
    }

    [Fact]
    public void An_unmarked_handler_is_consumed_concurrently() =>
        Assert.False(new ConsumerRegistration("shop", typeof(string), typeof(PlainHandler), typeof(object)).InArrivalOrder);

    [HandledInArrivalOrder]
    private sealed class OrderedHandler;

    private sealed class PlainHandler;
}
