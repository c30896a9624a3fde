namespace Modular.Orders.Domain.Orders;

/// <summary>Why an order was cancelled; published as <c>reason</c> in <c>orders.order-cancelled</c>.</summary>
public static class CancellationReasons
{
    public const string ByCustomer = "cancelled-by-customer";
    public const string ByAdmin = "cancelled-by-admin";
    public const string UserDeleted = "user-deleted";
    public const string PendingTimeout = "pending-timeout";

    /// <summary>A person's decision (the owner's or an admin's) may cancel a confirmed order; the system's reasons only a pending one.</summary>
    public static bool MayCancelConfirmed(string reason) => reason is ByCustomer or ByAdmin;
}
