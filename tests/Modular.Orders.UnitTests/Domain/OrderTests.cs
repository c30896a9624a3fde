using Modular.Orders.Domain.Orders;

namespace Modular.Orders.UnitTests.Domain;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void Totals_are_exact_decimal_sums_of_price_times_quantity()
    {
        var order = Order.Place(UserId, [Line(0.1m, 3), Line(0.2m, 1), Line(19.99m, 7)], Now);

        Assert.Equal(0.3m, order.Items[0].LineTotal);
        Assert.Equal(139.93m, order.Items[2].LineTotal);
        Assert.Equal(140.43m, order.Total);
    }

    [Fact]
    public void Placing_starts_pending_and_raises_order_placed_with_every_line()
    {
        var lines = new[] { Line(2m, 1), Line(3m, 2) };

        var order = Order.Place(UserId, lines, Now);

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(Now, order.CreatedAt);
        var placed = Assert.IsType<OrderPlacedDomainEvent>(Assert.Single(order.DomainEvents));
        Assert.Equal(order.Id, placed.OrderId);
        Assert.Equal(UserId, placed.UserId);
        Assert.Equal(8m, placed.Total);
        Assert.Equal(lines, placed.Lines);
    }

    [Fact]
    public void An_order_needs_lines_merged_per_product()
    {
        var line = Line(1m, 1);

        Assert.Throws<ArgumentException>(() => Order.Place(UserId, [], Now));
        Assert.Throws<ArgumentException>(() => Order.Place(UserId, [line, line with { Quantity = 2 }], Now));
    }

    [Fact]
    public void A_pending_order_is_confirmed_once()
    {
        var order = Placed();

        Assert.Null(order.Confirm(Now.AddSeconds(1)));
        var again = order.Confirm(Now.AddSeconds(2));

        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Now.AddSeconds(1), order.UpdatedAt);
        Assert.Equal(nameof(OrderRules.OnlyPendingOrderCanBeConfirmed), again?.Rule);
        Assert.Single(order.DomainEvents.OfType<OrderConfirmedDomainEvent>());
    }

    [Fact]
    public void A_cancelled_order_cannot_be_confirmed()
    {
        var order = Placed();
        order.Cancel(CancellationReasons.ByCustomer, Now);

        Assert.NotNull(order.Confirm(Now));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Theory]
    [InlineData(false, CancellationReasons.ByCustomer)]
    [InlineData(true, CancellationReasons.ByCustomer)]
    [InlineData(true, CancellationReasons.ByAdmin)]
    [InlineData(false, CancellationReasons.UserDeleted)]
    [InlineData(false, CancellationReasons.PendingTimeout)]
    public void An_order_is_cancelled_with_its_reason_when_the_reason_allows_its_status(bool confirmedFirst, string reason)
    {
        var order = Placed();
        if (confirmedFirst)
        {
            order.Confirm(Now);
        }

        Assert.Null(order.Cancel(reason, Now.AddMinutes(1)));

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(reason, order.CancellationReason);
        var cancelled = Assert.Single(order.DomainEvents.OfType<OrderCancelledDomainEvent>());
        Assert.Equal(reason, cancelled.Reason);
    }

    [Theory]
    [InlineData(CancellationReasons.UserDeleted)]
    [InlineData(CancellationReasons.PendingTimeout)]
    public void The_system_cancels_only_a_pending_order(string reason)
    {
        var order = Placed();
        order.Confirm(Now);

        var violation = order.Cancel(reason, Now.AddMinutes(1));

        Assert.Equal(nameof(OrderRules.OnlyPendingOrderCanBeCancelledBySystem), violation?.Rule);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Empty(order.DomainEvents.OfType<OrderCancelledDomainEvent>());
    }

    [Fact]
    public void Cancelling_twice_is_a_rule_violation_that_raises_nothing_more()
    {
        var order = Placed();
        order.Cancel(CancellationReasons.ByCustomer, Now);

        var violation = order.Cancel(CancellationReasons.ByAdmin, Now);

        Assert.Equal(nameof(OrderRules.CancelledOrderCannotBeCancelledAgain), violation?.Rule);
        Assert.Equal(CancellationReasons.ByCustomer, order.CancellationReason);
        Assert.Single(order.DomainEvents.OfType<OrderCancelledDomainEvent>());
    }

    [Fact]
    public void Lines_give_back_what_the_order_holds()
    {
        var order = Placed();

        Assert.Equal(order.Items.Select(item => new RequestedLine(item.ProductId, item.Quantity)), order.Lines());
    }

    [Fact]
    public void Only_the_owner_or_an_admin_sees_an_order()
    {
        var order = Placed();

        Assert.True(order.IsVisibleTo(UserId, callerIsAdmin: false));
        Assert.False(order.IsVisibleTo(Guid.CreateVersion7(), callerIsAdmin: false));
        Assert.True(order.IsVisibleTo(Guid.CreateVersion7(), callerIsAdmin: true));
    }

    private static Order Placed() => Order.Place(UserId, [Line(5m, 2)], Now);

    private static ReservedLine Line(decimal price, int quantity) =>
        new(Guid.CreateVersion7(), $"SKU-{price}", $"Product {price}", price, quantity);
}
