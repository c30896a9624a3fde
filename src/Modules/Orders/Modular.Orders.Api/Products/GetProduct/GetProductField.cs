using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.GetProduct;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Products.GetProduct;

internal static class GetProductField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<ProductGraphType, ProductResponse>("product")
            .Description("One product of the catalog, as GET /api/products/{id}. An unknown id is null with NOT_FOUND.")
            .IdArgument("The product's id.")
            .AllowAnonymous()
            .ResolveAsync(context => context.QueryAsync<GetProductQuery, ProductResponse>(new GetProductQuery(context.GetId("Product"))));
}
