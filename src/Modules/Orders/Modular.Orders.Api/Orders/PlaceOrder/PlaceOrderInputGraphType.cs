using GraphQL.Types;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>The body of <c>POST /api/orders</c>; <see cref="PlaceOrderRequestValidator"/> decides what is an order.</summary>
internal sealed class PlaceOrderInputGraphType : InputObjectGraphType<PlaceOrderRequest>
{
    public PlaceOrderInputGraphType()
    {
        Name = "PlaceOrderInput";
        Field(request => request.Items, type: typeof(ListGraphType<PlaceOrderItemInputGraphType>)).Description("Required: 1..50 lines.");
    }
}
