using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.UpdateProduct;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Products.UpdateProduct;

internal static class UpdateProductField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<ProductGraphType, ProductResponse>("updateProduct")
            .Description("Changes a product's name, price or stock (admin), as PATCH /api/products/{id}.")
            .IdArgument("The product's id.")
            .Argument<NonNullGraphType<UpdateProductInputGraphType>>("input")
            .AuthorizeWithPolicy(AuthorizationPolicies.Admin)
            .ResolveAsync(async context =>
            {
                var id = context.GetId("Product");
                var request = await context.ValidAsync(context.GetArgument<UpdateProductRequest>("input"));
                return await context.CommandAsync<UpdateProductCommand, ProductResponse>(new UpdateProductCommand(id, request.Name, request.Price, request.Stock));
            });
}
