using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders.ConfirmOrder;
using Modular.Orders.Domain.Orders;
using Modular.Orders.IntegrationEvents;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class ConfirmOrderOnOrderPlacedHandlerTests
{
    private readonly IOrderRepository _orders = Substitute.For<IOrderRepository>();
    private readonly Order _order = Place();
    private readonly Order _other = Place();

    public ConfirmOrderOnOrderPlacedHandlerTests() =>
        _orders.GetHeadersForUpdateAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<Order>)[.. new[] { _order, _other }.Where(order => call.Arg<IReadOnlyCollection<Guid>>().Contains(order.Id))]);

    [Fact]
    public async Task A_pending_order_is_confirmed()
    {
        await Handle(_order);

        Assert.Equal(OrderStatus.Confirmed, _order.Status);
        Assert.Equal(OrderStatus.Pending, _other.Status);
    }

    [Fact]
    public async Task Every_order_of_a_batch_is_locked_at_once_and_confirmed()
    {
        await Handle(_order, _other);

        Assert.Equal(OrderStatus.Confirmed, _order.Status);
        Assert.Equal(OrderStatus.Confirmed, _other.Status);
        await _orders.Received(1).GetHeadersForUpdateAsync(Arg.Is<IReadOnlyCollection<Guid>>(ids => ids.Count == 2), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_order_cancelled_in_the_meantime_stays_cancelled_and_the_rest_of_the_batch_is_confirmed()
    {
        _order.Cancel(CancellationReasons.ByCustomer, DateTimeOffset.UtcNow);

        await Handle(_order, _other);

        Assert.Equal(OrderStatus.Cancelled, _order.Status);
        Assert.Empty(_order.DomainEvents.OfType<OrderConfirmedDomainEvent>());
        Assert.Equal(OrderStatus.Confirmed, _other.Status);
    }

    [Fact]
    public async Task A_second_delivery_confirms_nothing_twice()
    {
        await Handle(_order);
        await Handle(_order);

        Assert.Single(_order.DomainEvents.OfType<OrderConfirmedDomainEvent>());
    }

    [Fact]
    public async Task An_unknown_order_is_skipped()
    {
        var unknown = Place();

        await Handle(unknown, _order);

        Assert.Equal(OrderStatus.Pending, unknown.Status);
        Assert.Equal(OrderStatus.Confirmed, _order.Status);
    }

    [Fact]
    public async Task The_payment_waits_the_configured_delay_on_its_own_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = Handler(new OrdersOptions { PaymentDelayMilliseconds = 1000 }, clock);

        var payment = handler.PrepareAsync(Placed(_order), CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(payment.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await payment;

        await _orders.DidNotReceiveWithAnyArgs().GetHeadersForUpdateAsync(default!, default);
    }

    private Task Handle(params Order[] orders) =>
        Handler(new OrdersOptions(), new FakeTimeProvider(DateTimeOffset.UtcNow)).HandleAsync([.. orders.Select(Placed)], CancellationToken.None);

    private ConfirmOrderOnOrderPlacedHandler Handler(OrdersOptions options, TimeProvider clock) =>
        new(_orders, options, clock, NullLogger<ConfirmOrderOnOrderPlacedHandler>.Instance);

    private static OrderPlaced Placed(Order order) => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, order.Id, order.UserId, order.Total, []);

    private static Order Place() =>
        Order.Place(Guid.CreateVersion7(), [new ReservedLine(Guid.CreateVersion7(), "SKU", "Name", 1m, 1)], DateTimeOffset.UtcNow);
}
