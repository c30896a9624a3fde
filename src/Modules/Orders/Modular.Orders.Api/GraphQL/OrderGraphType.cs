using GraphQL.Types;
using Modular.Orders.Application.Orders;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.GraphQL;

/// <summary>An order as REST answers it: <c>{id, userId, status, items, total, createdAt, updatedAt}</c>.</summary>
internal sealed class OrderGraphType : ObjectGraphType<OrderResponse>
{
    public OrderGraphType()
    {
        Name = "Order";
        Field(order => order.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(order => order.UserId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(order => order.Status, type: typeof(NonNullGraphType<OrderStatusGraphType>));
        Field(order => order.Items, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<OrderItemGraphType>>>)).Description("Lines by sku, each with the price it was ordered at.");
        Field(order => order.Total, type: typeof(NonNullGraphType<DecimalGraphType>));
        Field(order => order.CreatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
        Field(order => order.UpdatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
    }
}
