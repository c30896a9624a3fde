using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Application.Orders;

/// <summary>The contract's status names: <c>pending</c>, <c>confirmed</c>, <c>cancelled</c>.</summary>
internal static class OrderStatusNames
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "pending",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Every status name, in the state machine's order: what a status filter accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<OrderStatus>().Select(Of)];

    /// <summary><see cref="All"/> as the named set requests accept and responses declare (<c>OrderStatus</c>).</summary>
    public static ValueSet Set { get; } = new("OrderStatus", All);

    public static bool TryParse(string? name, out OrderStatus status)
    {
        foreach (var candidate in Enum.GetValues<OrderStatus>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
