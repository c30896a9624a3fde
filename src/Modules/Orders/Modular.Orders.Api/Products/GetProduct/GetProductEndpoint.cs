using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.GetProduct;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Products.GetProduct;

internal static class GetProductEndpoint
{
    public static void MapGetProduct(this IEndpointRouteBuilder products) =>
        products.MapGet(
                "/{id:guid}",
                async (Guid id, IQueryHandler<GetProductQuery, ProductResponse> handler, HttpContext httpContext) =>
                    (await handler.HandleAsync(new GetProductQuery(id), httpContext.RequestAborted)).ToHttpResult(httpContext))
            .WithName("GetProduct")
            .WithSummary("One product of the catalog.")
            .Produces<ProductResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
}
