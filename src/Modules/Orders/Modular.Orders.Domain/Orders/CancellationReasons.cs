namespace Modular.Orders.Domain.Orders;

/// <summary>Why an order was cancelled; published as <c>reason</c> in <c>orders.order-cancelled</c>.</summary>
public static class CancellationReasons
{
    public const string ByCustomer = "cancelled-by-customer";
    public const string ByAdmin = "cancelled-by-admin";
    public const string UserDeleted = "user-deleted";
    public const string PendingTimeout = "pending-timeout";
}
