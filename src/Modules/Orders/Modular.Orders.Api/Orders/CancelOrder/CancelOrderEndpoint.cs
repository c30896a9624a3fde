using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.CancelOrder;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Orders.CancelOrder;

internal static class CancelOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:uuid}/cancel", async (
                Guid id,
                ClaimsPrincipal caller,
                ICommandHandler<CancelOrderCommand, OrderResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new CancelOrderCommand(id, caller.GetUserId(), caller.IsAdmin()), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("CancelOrder")
            .WithSummary("Cancels a pending or confirmed order and restores its stock (owner or admin).")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
