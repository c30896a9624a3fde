using GraphQL.Types;
using Modular.Orders.Api.Orders.CancelOrder;
using Modular.Orders.Api.Orders.GetOrder;
using Modular.Orders.Api.Orders.ListOrders;
using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Orders.Api.Products.CreateProduct;
using Modular.Orders.Api.Products.GetProduct;
using Modular.Orders.Api.Products.ListProducts;
using Modular.Orders.Api.Products.UpdateProduct;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.GraphQL;

/// <summary>The Orders module's part of the GraphQL schema: the same use cases as its REST endpoints.</summary>
internal sealed class OrdersGraphQL : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query)
    {
        GetProductField.Add(query);
        ListProductsField.Add(query);
        GetOrderField.Add(query);
        ListOrdersField.Add(query);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        CreateProductField.Add(mutation);
        UpdateProductField.Add(mutation);
        PlaceOrderField.Add(mutation);
        CancelOrderField.Add(mutation);
    }
}
