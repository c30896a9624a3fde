using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.UpdateProduct;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Products.UpdateProduct;

internal static class UpdateProductEndpoint
{
    public static void Map(IEndpointRouteBuilder products) =>
        products.MapPatch("/{id:uuid}", async (
                Guid id,
                UpdateProductRequest request,
                ICommandHandler<UpdateProductCommand, ProductResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new UpdateProductCommand(id, request.Name, request.Price, request.Stock), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("UpdateProduct")
            .WithSummary("Changes a product's name, price or stock (admin).")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .Produces<ProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
