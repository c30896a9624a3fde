using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Application.Orders;

internal sealed record OrderResponse(
    Guid Id,
    Guid UserId,
    [property: KnownValues(typeof(OrderStatusNames), nameof(OrderStatusNames.Set))] string Status,
    IReadOnlyList<OrderItemResponse> Items,
    decimal Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OrderResponse From(Order order) => new(
        order.Id,
        order.UserId,
        OrderStatusNames.Of(order.Status),
        [.. order.Items.OrderBy(item => item.Sku, StringComparer.Ordinal).Select(OrderItemResponse.From)],
        order.Total,
        order.CreatedAt,
        order.UpdatedAt);
}
