using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.CreateProduct;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Products.CreateProduct;

internal static class CreateProductField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<ProductGraphType, ProductResponse>("createProduct")
            .Description("Adds a product to the catalog (admin), as POST /api/products. A taken sku is CONFLICT.")
            .Argument<NonNullGraphType<CreateProductInputGraphType>>("input")
            .AuthorizeWithPolicy(AuthorizationPolicies.Admin)
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<CreateProductRequest>("input"));
                return await context.CommandAsync<CreateProductCommand, ProductResponse>(request.Adapt<CreateProductCommand>());
            });
}
