namespace Modular.Notifications.Domain.OrderUpdates;

/// <summary>The order states a customer is told about, as the Orders module reports them through its events.</summary>
public enum OrderStatus
{
    Pending,
    Confirmed,
    Cancelled,
}
