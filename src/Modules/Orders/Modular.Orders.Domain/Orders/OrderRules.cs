using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Domain.Orders;

/// <summary>
/// The named rules of the order state machine: pending → confirmed; pending or confirmed → cancelled by its owner or an
/// admin; pending → cancelled by the system.
/// </summary>
public static class OrderRules
{
    public static BusinessRuleViolation OnlyPendingOrderCanBeConfirmed(Guid orderId, OrderStatus status) =>
        new(nameof(OnlyPendingOrderCanBeConfirmed), $"Order {orderId} is {status.ToString().ToLowerInvariant()}; only a pending order can be confirmed.");

    public static BusinessRuleViolation CancelledOrderCannotBeCancelledAgain(Guid orderId) =>
        new(nameof(CancelledOrderCannotBeCancelledAgain), $"Order {orderId} is already cancelled.");

    public static BusinessRuleViolation OnlyPendingOrderCanBeCancelledBySystem(Guid orderId, OrderStatus status, string reason) =>
        new(nameof(OnlyPendingOrderCanBeCancelledBySystem), $"Order {orderId} is {status.ToString().ToLowerInvariant()}; only a pending order is cancelled for {reason}.");
}
