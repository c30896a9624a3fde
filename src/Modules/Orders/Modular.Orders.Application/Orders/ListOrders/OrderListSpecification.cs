using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Specifications;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class OrderListSpecification : Specification<Order>
{
    public OrderListSpecification(Guid? userId, OrderStatus? status)
    {
        if (userId is { } owner)
        {
            Query.Where(order => order.UserId == owner);
        }

        if (status is { } wanted)
        {
            Query.Where(order => order.Status == wanted);
        }

        Query.OrderByDescending(order => order.CreatedAt)
            .ThenByDescending(order => order.Id)
            .Include(order => order.Items)
            .AsNoTracking();
    }
}
