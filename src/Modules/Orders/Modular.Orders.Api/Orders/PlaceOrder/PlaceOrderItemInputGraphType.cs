using GraphQL.Types;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>One line of <c>PlaceOrderInput</c>, as in the REST body.</summary>
internal sealed class PlaceOrderItemInputGraphType : InputObjectGraphType<PlaceOrderItemRequest>
{
    public PlaceOrderItemInputGraphType()
    {
        Name = "PlaceOrderItemInput";
        Field(item => item.ProductId, type: typeof(IdGraphType)).Description("Required: the product's id.");
        Field(item => item.Quantity, nullable: true).Description("Required: 1..1000 (the same product twice is merged).");
    }
}
