using GraphQL.Types;
using Modular.Orders.Application.Orders;

namespace Modular.Orders.Api.GraphQL;

/// <summary>The contract's status names, lower case as in REST: <c>pending</c>, <c>confirmed</c>, <c>cancelled</c>.</summary>
internal sealed class OrderStatusGraphType : EnumerationGraphType
{
    public OrderStatusGraphType()
    {
        Name = "OrderStatus";
        foreach (var status in OrderStatusNames.All)
        {
            Add(status, status);
        }
    }
}
