using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class PlaceOrderHandlerTests
{
    private readonly IStockLedger _stock = Substitute.For<IStockLedger>();
    private readonly IOrderPlacement _placement = Substitute.For<IOrderPlacement>();
    private readonly ICommandHandler<PlaceOrderInTransactionCommand, PlacedOrder> _inTransaction =
        Substitute.For<ICommandHandler<PlaceOrderInTransactionCommand, PlacedOrder>>();
    private readonly Guid _userId = Guid.CreateVersion7();
    private readonly Guid _productA = Guid.CreateVersion7();
    private readonly Guid _productB = Guid.CreateVersion7();

    public PlaceOrderHandlerTests()
    {
        _stock.QuoteAsync(Arg.Any<IReadOnlyList<RequestedLine>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.ArgAt<IReadOnlyList<RequestedLine>>(0)
                .Select(line => new ReservedLine(line.ProductId, $"SKU-{line.ProductId:N}", "Name", 1.25m, line.Quantity))
                .ToList());
        _placement.TryPlaceAtOnceAsync(Arg.Any<Order>(), Arg.Any<OrderResponse>(), Arg.Any<string?>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(true);
        _inTransaction.HandleAsync(Arg.Any<PlaceOrderInTransactionCommand>(), Arg.Any<CancellationToken>())
            .Returns(Result<PlacedOrder>.Conflict("from the transactional placement"));
    }

    [Fact]
    public async Task A_quoted_order_is_placed_at_once_with_merged_lines_at_the_quoted_prices()
    {
        var result = await Handle("k1", (_productA, 2), (_productB, 1), (_productA, 3));

        Assert.True(result.IsSuccess);
        Assert.False(result.Value.Replayed);
        Assert.Equal(7.5m, result.Value.Order.Total);
        Assert.Equal("pending", result.Value.Order.Status);
        await _placement.Received(1).TryPlaceAtOnceAsync(
            Arg.Is<Order>(order => order.UserId == _userId && order.Items.Count == 2 && order.Items.Single(item => item.ProductId == _productA).Quantity == 5),
            result.Value.Order,
            "k1",
            Arg.Any<string>(),
            Arg.Any<CancellationToken>());
        await _inTransaction.DidNotReceiveWithAnyArgs().HandleAsync(null!, default);
    }

    [Fact]
    public async Task An_order_the_quote_cannot_serve_goes_to_the_transactional_placement_without_an_attempt()
    {
        _stock.QuoteAsync(Arg.Any<IReadOnlyList<RequestedLine>>(), Arg.Any<CancellationToken>()).Returns((IReadOnlyList<ReservedLine>?)null);

        var result = await Handle("k1", (_productB, 1), (_productA, 9));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        await _placement.DidNotReceiveWithAnyArgs().TryPlaceAtOnceAsync(null!, null!, null, null!, default);
        await _inTransaction.Received(1).HandleAsync(
            Arg.Is<PlaceOrderInTransactionCommand>(command => command.UserId == _userId && command.IdempotencyKey == "k1"
                && command.Lines.SequenceEqual(RequestedLine.Merge(new[] { new RequestedLine(_productA, 9), new RequestedLine(_productB, 1) }))),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_refused_attempt_leaves_the_answer_to_the_transactional_placement()
    {
        _placement.TryPlaceAtOnceAsync(Arg.Any<Order>(), Arg.Any<OrderResponse>(), Arg.Any<string?>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(false);

        var result = await Handle(null, (_productA, 1));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Equal("from the transactional placement", result.Errors.Single());
        await _inTransaction.Received(1).HandleAsync(Arg.Is<PlaceOrderInTransactionCommand>(command => command.IdempotencyKey == null), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_request_hash_ignores_line_order_and_splitting()
    {
        var hashes = new List<string>();
        _placement.TryPlaceAtOnceAsync(Arg.Any<Order>(), Arg.Any<OrderResponse>(), Arg.Any<string?>(), Arg.Do<string>(hashes.Add), Arg.Any<CancellationToken>())
            .Returns(true);

        await Handle("a", (_productA, 2), (_productB, 1));
        await Handle("b", (_productB, 1), (_productA, 1), (_productA, 1));
        await Handle("c", (_productA, 3), (_productB, 1));

        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
    }

    private Task<Result<PlacedOrder>> Handle(string? key, params (Guid ProductId, int Quantity)[] lines)
    {
        var handler = new PlaceOrderHandler(_stock, _placement, _inTransaction, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var command = new PlaceOrderCommand(_userId, [.. lines.Select(line => new RequestedLine(line.ProductId, line.Quantity))], key);
        return handler.HandleAsync(command, CancellationToken.None);
    }
}
