using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Domain.Orders;

/// <summary>The named rules of the order state machine: pending → confirmed, pending or confirmed → cancelled.</summary>
public static class OrderRules
{
    public static BusinessRuleViolation OnlyPendingOrderCanBeConfirmed(Guid orderId, OrderStatus status) =>
        new(nameof(OnlyPendingOrderCanBeConfirmed), $"Order {orderId} is {status.ToString().ToLowerInvariant()}; only a pending order can be confirmed.");

    public static BusinessRuleViolation CancelledOrderCannotBeCancelledAgain(Guid orderId) =>
        new(nameof(CancelledOrderCannotBeCancelledAgain), $"Order {orderId} is already cancelled.");
}
