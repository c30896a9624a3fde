using Microsoft.Extensions.Time.Testing;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Domain.Orders;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class OrderCancellationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly IOrderRepository _orders = Substitute.For<IOrderRepository>();
    private readonly IStockLedger _stock = Substitute.For<IStockLedger>();
    private readonly List<RequestedLine> _restored = [];
    private readonly Guid _product = Guid.CreateVersion7();

    public OrderCancellationTests() =>
        _stock.RestoreAsync(Arg.Do<IEnumerable<RequestedLine>>(lines => _restored.AddRange(lines)), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());

    [Fact]
    public async Task The_stock_of_every_cancelled_order_goes_back_in_one_pass_and_is_saved()
    {
        var first = Placed((_product, 2));
        var second = Placed((_product, 3), (Guid.CreateVersion7(), 1));

        var outcome = await Cancellation().CancelAsync([first, second], CancellationReasons.PendingTimeout, CancellationToken.None);

        Assert.Equal([first, second], outcome.Cancelled);
        Assert.Empty(outcome.Refused);
        // The products' stock changes when the orders do: their updatedAt moves to the cancellation's time.
        await _stock.Received(1).RestoreAsync(Arg.Any<IEnumerable<RequestedLine>>(), Now, Arg.Any<CancellationToken>());
        Assert.Equal(5, _restored.Where(line => line.ProductId == _product).Sum(line => line.Quantity));
        Assert.Equal(Now, first.UpdatedAt);
        await _orders.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Cancelling_the_same_order_twice_restores_its_stock_once()
    {
        var order = Placed((_product, 4));

        await Cancellation().CancelAsync([order], CancellationReasons.ByCustomer, CancellationToken.None);
        var again = await Cancellation().CancelAsync([order], CancellationReasons.ByAdmin, CancellationToken.None);

        Assert.Empty(again.Cancelled);
        Assert.Equal(nameof(OrderRules.CancelledOrderCannotBeCancelledAgain), Assert.Single(again.Refused).Rule);
        Assert.Equal([new RequestedLine(_product, 4)], _restored);
    }

    [Fact]
    public async Task A_confirmed_order_refused_by_the_system_gives_nothing_back_while_the_others_are_cancelled()
    {
        var confirmed = Placed((_product, 1));
        confirmed.Confirm(Now);
        var pending = Placed((_product, 2));

        var outcome = await Cancellation().CancelAsync([confirmed, pending], CancellationReasons.UserDeleted, CancellationToken.None);

        Assert.Equal([pending], outcome.Cancelled);
        Assert.Equal(OrderStatus.Confirmed, confirmed.Status);
        Assert.Equal([new RequestedLine(_product, 2)], _restored);
    }

    [Fact]
    public async Task Nothing_cancelled_restores_and_saves_nothing()
    {
        var outcome = await Cancellation().CancelAsync([], CancellationReasons.PendingTimeout, CancellationToken.None);

        Assert.Empty(outcome.Cancelled);
        await _stock.DidNotReceiveWithAnyArgs().RestoreAsync(null!, default, default);
        await _orders.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }

    private OrderCancellation Cancellation() => new(_orders, _stock, new FakeTimeProvider(Now));

    private static Order Placed(params (Guid ProductId, int Quantity)[] lines) =>
        Order.Place(Guid.CreateVersion7(), [.. lines.Select(line => new ReservedLine(line.ProductId, "SKU", "Name", 1m, line.Quantity))], Now.AddHours(-1));
}
