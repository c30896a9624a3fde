using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.ListProducts;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Pagination;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Products.ListProducts;

internal static class ListProductsEndpoint
{
    public static void MapListProducts(this IEndpointRouteBuilder products) =>
        products.MapGet(
                "/",
                async (PageQuery page, string? search, IQueryHandler<ListProductsQuery, PagedResult<ProductResponse>> handler, HttpContext httpContext) =>
                    (await handler.HandleAsync(new ListProductsQuery(page.ToPageRequest(), search), httpContext.RequestAborted)).ToHttpResult(httpContext))
            .WithName("ListProducts")
            .WithSummary("The catalog, by sku; search matches sku or name case-insensitively.")
            .Produces<PagedResult<ProductResponse>>()
            .ProducesValidationProblem()
            .AllowAnonymous();
}
