using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.CancelOrder;
using Modular.Orders.Domain.Orders;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class CancelOrderHandlerTests
{
    private readonly IOrderRepository _orders = Substitute.For<IOrderRepository>();
    private readonly IStockLedger _stock = Substitute.For<IStockLedger>();
    private readonly Guid _owner = Guid.CreateVersion7();
    private readonly Order _order;

    public CancelOrderHandlerTests()
    {
        _order = Order.Place(_owner, [new ReservedLine(Guid.CreateVersion7(), "SKU", "Name", 2m, 3)], DateTimeOffset.UtcNow);
        _orders.GetForUpdateAsync(_order.Id, Arg.Any<CancellationToken>()).Returns(_order);
    }

    [Fact]
    public async Task The_owner_cancels_and_the_stock_of_every_line_is_restored()
    {
        var result = await Handle(_owner, isAdmin: false);

        Assert.Equal("cancelled", result.Value.Status);
        Assert.Equal(CancellationReasons.ByCustomer, _order.CancellationReason);
        await _stock.Received(1).RestoreAsync(Arg.Is<IEnumerable<RequestedLine>>(lines => lines.Single().Quantity == 3), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await _orders.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_admin_cancels_anyones_order_with_the_admin_reason()
    {
        var result = await Handle(Guid.CreateVersion7(), isAdmin: true);

        Assert.True(result.IsSuccess);
        Assert.Equal(CancellationReasons.ByAdmin, _order.CancellationReason);
    }

    [Fact]
    public async Task Another_user_gets_not_found_and_nothing_changes()
    {
        var result = await Handle(Guid.CreateVersion7(), isAdmin: false);

        Assert.Equal(ResultStatus.NotFound, result.Status);
        Assert.Equal(OrderStatus.Pending, _order.Status);
        await _stock.DidNotReceiveWithAnyArgs().RestoreAsync(null!, default, default);
    }

    [Fact]
    public async Task A_cancelled_order_is_a_conflict_and_no_stock_is_restored_again()
    {
        _order.Cancel(CancellationReasons.ByCustomer, DateTimeOffset.UtcNow);

        var result = await Handle(_owner, isAdmin: false);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        await _stock.DidNotReceiveWithAnyArgs().RestoreAsync(null!, default, default);
    }

    private Task<Result<OrderResponse>> Handle(Guid caller, bool isAdmin) =>
        new CancelOrderHandler(_orders, new OrderCancellation(_orders, _stock, new FakeTimeProvider(DateTimeOffset.UtcNow)))
            .HandleAsync(new CancelOrderCommand(_order.Id, caller, isAdmin), CancellationToken.None);
}
