using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Application.Orders.ListOrders;
using Modular.Shared.Application.Pagination;
using NSubstitute;

namespace Modular.Orders.UnitTests.Application;

public sealed class ListOrdersHandlerTests
{
    private readonly IOrderReader _orders = Substitute.For<IOrderReader>();
    private readonly Guid _caller = Guid.CreateVersion7();
    private readonly PageRequest _page = new(1, 20);

    [Fact]
    public async Task A_non_admin_naming_another_user_is_forbidden_and_nothing_is_read()
    {
        var result = await new ListOrdersHandler(_orders).HandleAsync(new ListOrdersQuery(_caller, false, null, Guid.CreateVersion7(), _page), CancellationToken.None);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        await _orders.DidNotReceiveWithAnyArgs().ListAsync(default, default, default!, default);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_non_admin_without_a_filter_or_naming_itself_reads_its_own_orders(bool admin, bool namesItself)
    {
        var result = await new ListOrdersHandler(_orders).HandleAsync(new ListOrdersQuery(_caller, admin, null, namesItself ? _caller : null, _page), CancellationToken.None);

        Assert.NotEqual(ResultStatus.Forbidden, result.Status);
        await _orders.Received(1).ListAsync(_caller, null, _page, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_admin_reads_the_named_users_orders()
    {
        var other = Guid.CreateVersion7();

        await new ListOrdersHandler(_orders).HandleAsync(new ListOrdersQuery(_caller, true, null, other, _page), CancellationToken.None);

        await _orders.Received(1).ListAsync(other, null, _page, Arg.Any<CancellationToken>());
    }
}
