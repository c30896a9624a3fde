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
    public static void Map(IEndpointRouteBuilder products) =>
        products.MapGet("/", async (
                PageQuery page,
                [AsParameters] ListProductsRequest request,
                IQueryHandler<ListProductsQuery, PagedResult<ProductResponse>> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new ListProductsQuery(page.ToPageRequest(), request.Search), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("ListProducts")
            .WithSummary("The catalog, by sku; search matches sku or name case-insensitively.")
            .AllowAnonymous()
            .Produces<PagedResult<ProductResponse>>()
            .ProducesValidationProblem();
}
