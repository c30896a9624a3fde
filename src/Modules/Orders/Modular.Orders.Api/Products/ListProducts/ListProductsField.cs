using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.ListProducts;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Products.ListProducts;

internal static class ListProductsField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<PageGraphType<ProductGraphType, ProductResponse>, PagedResult<ProductResponse>>("products")
            .Description("The catalog by sku, as GET /api/products; search matches sku or name case-insensitively.")
            .PageArguments()
            .Argument<StringGraphType>("search", $"Text the sku or name contains, case-insensitively: at most {SearchText.MaxLength} characters, no control characters.")
            .AllowAnonymous()
            .ResolveAsync(async context =>
            {
                var page = context.GetPage();
                var request = await context.ValidAsync(new ListProductsRequest(context.GetArgument<string?>("search")));
                return await context.QueryAsync<ListProductsQuery, PagedResult<ProductResponse>>(new ListProductsQuery(page, request.Search));
            });
}
