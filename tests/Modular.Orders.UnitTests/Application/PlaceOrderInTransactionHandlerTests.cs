using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Domain.Orders;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class PlaceOrderInTransactionHandlerTests
{
    private readonly IIdempotencyStore _idempotency = Substitute.For<IIdempotencyStore>();
    private readonly IStockLedger _stock = Substitute.For<IStockLedger>();
    private readonly IOrderRepository _orders = Substitute.For<IOrderRepository>();
    private readonly Guid _userId = Guid.CreateVersion7();
    private readonly Guid _productA = Guid.CreateVersion7();
    private readonly Guid _productB = Guid.CreateVersion7();
    private readonly DateTimeOffset _now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);
    private Guid? _shortProduct;

    public PlaceOrderInTransactionHandlerTests()
    {
        _stock.FindUnknownAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>()).Returns([]);
        _stock.ReserveAsync(Arg.Any<IReadOnlyList<RequestedLine>>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .Returns(call => call.ArgAt<IReadOnlyList<RequestedLine>>(0)
                .Select(line => line.ProductId == _shortProduct ? null : new ReservedLine(line.ProductId, $"SKU-{line.ProductId:N}", "Name", 1.25m, line.Quantity))
                .ToList());
    }

    [Fact]
    public async Task Duplicate_products_are_reserved_once_with_the_merged_quantity_and_the_order_is_saved()
    {
        var result = await Handle(null, (_productA, 2), (_productB, 1), (_productA, 3));

        Assert.True(result.IsSuccess);
        Assert.False(result.Value.Replayed);
        await _stock.Received(1).ReserveAsync(
            Arg.Is<IReadOnlyList<RequestedLine>>(lines => lines.Count == 2 && lines.Contains(new RequestedLine(_productA, 5)) && lines.Contains(new RequestedLine(_productB, 1))),
            _now,
            Arg.Any<CancellationToken>());
        // The stock changes at the order's time: the products' updatedAt is the order's createdAt.
        _orders.Received(1).Add(Arg.Is<Order>(order => order.Total == 7.5m && order.UserId == _userId && order.CreatedAt == _now));
        await _orders.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_unknown_product_is_not_found_and_no_order_is_saved()
    {
        _shortProduct = _productB;
        _stock.FindUnknownAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>()).Returns([_productB]);

        var result = await Handle(null, (_productA, 1), (_productB, 1));

        Assert.Equal(ResultStatus.NotFound, result.Status);
        Assert.Contains(_productB.ToString(), result.Errors.Single());
        _orders.DidNotReceiveWithAnyArgs().Add(null!);
    }

    [Fact]
    public async Task A_short_product_is_a_conflict_naming_its_sku_and_no_order_is_saved()
    {
        _shortProduct = _productB;
        _stock.SkuOfAsync(_productB, Arg.Any<CancellationToken>()).Returns("SHORT-1");

        var result = await Handle(null, (_productA, 1), (_productB, 9));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Contains("SHORT-1", result.Errors.Single());
        _orders.DidNotReceiveWithAnyArgs().Add(null!);
        await _orders.DidNotReceiveWithAnyArgs().SaveChangesAsync(default);
    }

    [Fact]
    public async Task A_new_key_is_claimed_first_and_completed_with_the_answer()
    {
        _idempotency.ClaimAsync(_userId, "k1", Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(IdempotencyClaim.Claimed);

        var result = await Handle("k1", (_productA, 1));

        Assert.True(result.IsSuccess);
        _idempotency.Received(1).Complete(_userId, "k1", Arg.Any<string>(), result.Value.Order);
        Received.InOrder(() =>
        {
            _idempotency.Complete(_userId, "k1", Arg.Any<string>(), result.Value.Order);
            _orders.SaveChangesAsync(Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task A_replayed_key_answers_the_stored_order_without_reserving_anything()
    {
        var stored = new OrderResponse(Guid.CreateVersion7(), _userId, "pending", [], 1m, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        _idempotency.ClaimAsync(_userId, "k1", Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(IdempotencyClaim.Replay(stored));

        var result = await Handle("k1", (_productA, 1));

        Assert.True(result.Value.Replayed);
        Assert.Same(stored, result.Value.Order);
        await _stock.DidNotReceiveWithAnyArgs().ReserveAsync(null!, default, default);
    }

    [Fact]
    public async Task A_key_reused_with_another_body_is_an_error_answered_422()
    {
        _idempotency.ClaimAsync(_userId, "k1", Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(IdempotencyClaim.Mismatch);

        var result = await Handle("k1", (_productA, 1));

        Assert.Equal(ResultStatus.Error, result.Status);
        await _stock.DidNotReceiveWithAnyArgs().ReserveAsync(null!, default, default);
    }

    private Task<Result<PlacedOrder>> Handle(string? key, params (Guid ProductId, int Quantity)[] lines)
    {
        var handler = new PlaceOrderInTransactionHandler(_idempotency, _stock, _orders, new FakeTimeProvider(_now));
        var merged = RequestedLine.Merge(lines.Select(line => new RequestedLine(line.ProductId, line.Quantity)));
        var command = new PlaceOrderInTransactionCommand(_userId, merged, RequestHash.Of(merged), key);
        return handler.HandleAsync(command, CancellationToken.None);
    }
}
