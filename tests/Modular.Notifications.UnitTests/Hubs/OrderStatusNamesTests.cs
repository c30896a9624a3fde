using Modular.Notifications.Api.Hubs;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.UnitTests.Hubs;

public sealed class OrderStatusNamesTests
{
    [Theory]
    [InlineData(OrderStatus.Pending, "pending")]
    [InlineData(OrderStatus.Confirmed, "confirmed")]
    [InlineData(OrderStatus.Cancelled, "cancelled")]
    public void Each_status_has_the_contract_spelling(OrderStatus status, string expected) =>
        Assert.Equal(expected, OrderStatusNames.Of(status));

    [Fact]
    public void Every_status_is_spelled() =>
        Assert.All(Enum.GetValues<OrderStatus>(), status => Assert.False(string.IsNullOrEmpty(OrderStatusNames.Of(status))));
}
