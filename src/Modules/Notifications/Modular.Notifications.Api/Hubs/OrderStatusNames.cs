using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Api.Hubs;

/// <summary>The contract's status spellings, written out so renaming an enum member cannot change the wire.</summary>
internal static class OrderStatusNames
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "pending",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };
}
