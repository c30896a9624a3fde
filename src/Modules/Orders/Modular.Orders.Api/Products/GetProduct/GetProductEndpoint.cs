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
    public static void Map(IEndpointRouteBuilder products) =>
        products.MapGet("/{id:uuid}", async (
                Guid id,
                IQueryHandler<GetProductQuery, ProductResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new GetProductQuery(id), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("GetProduct")
            .WithSummary("One product of the catalog.")
            .AllowAnonymous()
            .Produces<ProductResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
