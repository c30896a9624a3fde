using Modular.Orders.Domain.Orders;
using Modular.Orders.Infrastructure.Events;
using Modular.Orders.IntegrationEvents;

namespace Modular.Orders.UnitTests.Events;

public sealed class OrdersIntegrationEventMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(new OrdersIntegrationEventMapper().Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));

    [Fact]
    public void Order_placed_carries_the_total_and_every_line_with_its_unit_price()
    {
        var line = new ReservedLine(Guid.CreateVersion7(), "SKU", "Name", 2.5m, 4);
        var domainEvent = new OrderPlacedDomainEvent(Guid.CreateVersion7(), Guid.CreateVersion7(), 10m, [line], Now);

        var placed = Assert.IsType<OrderPlaced>(Assert.Single(new OrdersIntegrationEventMapper().Map(domainEvent)));

        Assert.NotEqual(Guid.Empty, placed.EventId);
        Assert.Equal((domainEvent.OrderId, domainEvent.UserId, 10m, Now), (placed.OrderId, placed.UserId, placed.Total, placed.OccurredAt));
        Assert.Equal(new OrderPlacedItem(line.ProductId, 4, 2.5m), Assert.Single(placed.Items));
    }

    [Fact]
    public void Confirmed_and_cancelled_map_to_their_contract_events()
    {
        var orderId = Guid.CreateVersion7();
        var userId = Guid.CreateVersion7();
        var mapper = new OrdersIntegrationEventMapper();

        var confirmed = Assert.IsType<OrderConfirmed>(Assert.Single(mapper.Map(new OrderConfirmedDomainEvent(orderId, userId, Now))));
        var cancelled = Assert.IsType<OrderCancelled>(Assert.Single(mapper.Map(new OrderCancelledDomainEvent(orderId, userId, CancellationReasons.UserDeleted, Now))));

        Assert.Equal((orderId, userId), (confirmed.OrderId, confirmed.UserId));
        Assert.Equal((orderId, userId, CancellationReasons.UserDeleted), (cancelled.OrderId, cancelled.UserId, cancelled.Reason));
    }
}
