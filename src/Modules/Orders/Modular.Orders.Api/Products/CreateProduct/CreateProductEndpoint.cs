using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.CreateProduct;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Products.CreateProduct;

internal static class CreateProductEndpoint
{
    public static void Map(IEndpointRouteBuilder products) =>
        products.MapPost("/", async (
                CreateProductRequest request,
                ICommandHandler<CreateProductCommand, ProductResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(request.Adapt<CreateProductCommand>(), cancellationToken);
                return result.ToHttpResult(httpContext, product => TypedResults.Created($"/api/products/{product.Id}", product));
            })
            .WithName("CreateProduct")
            .WithSummary("Adds a product to the catalog (admin).")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .Produces<ProductResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
