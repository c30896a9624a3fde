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
    private readonly Order _order = Order.Place(Guid.CreateVersion7(), [new ReservedLine(Guid.CreateVersion7(), "SKU", "Name", 1m, 1)], DateTimeOffset.UtcNow);

    public ConfirmOrderOnOrderPlacedHandlerTests() =>
        _orders.GetForUpdateAsync(_order.Id, Arg.Any<CancellationToken>()).Returns(_order);

    [Fact]
    public async Task A_pending_order_is_confirmed()
    {
        await Handle();

        Assert.Equal(OrderStatus.Confirmed, _order.Status);
        await _orders.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_order_cancelled_in_the_meantime_stays_cancelled()
    {
        _order.Cancel(CancellationReasons.ByCustomer, DateTimeOffset.UtcNow);

        await Handle();

        Assert.Equal(OrderStatus.Cancelled, _order.Status);
        Assert.Empty(_order.DomainEvents.OfType<OrderConfirmedDomainEvent>());
    }

    [Fact]
    public async Task A_second_delivery_confirms_nothing_twice()
    {
        await Handle();
        await Handle();

        Assert.Single(_order.DomainEvents.OfType<OrderConfirmedDomainEvent>());
    }

    private Task Handle() =>
        new ConfirmOrderOnOrderPlacedHandler(_orders, new OrdersOptions(), new FakeTimeProvider(DateTimeOffset.UtcNow), NullLogger<ConfirmOrderOnOrderPlacedHandler>.Instance)
            .HandleAsync(new OrderPlaced(Guid.CreateVersion7(), DateTimeOffset.UtcNow, _order.Id, _order.UserId, _order.Total, []), CancellationToken.None);
}
