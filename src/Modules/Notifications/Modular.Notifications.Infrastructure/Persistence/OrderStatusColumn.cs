using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>An order status as stored: the contract's lower-case spelling, readable by an operator.</summary>
internal sealed class OrderStatusColumn() : ValueConverter<OrderStatus, string>(status => ToText(status), text => FromText(text))
{
    public static string ToText(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "pending",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown order status."),
    };

    public static OrderStatus FromText(string text) => text switch
    {
        "pending" => OrderStatus.Pending,
        "confirmed" => OrderStatus.Confirmed,
        "cancelled" => OrderStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown stored order status."),
    };
}
