namespace Modular.Orders.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Confirmed,
    Cancelled,
}
