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
    public static void MapCancelOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost(
                "/{id:guid}/cancel",
                async (Guid id, ICommandHandler<CancelOrderCommand, OrderResponse> handler, HttpContext httpContext) =>
                    (await handler.HandleAsync(new CancelOrderCommand(id, httpContext.User.GetUserId(), httpContext.User.IsAdmin()), httpContext.RequestAborted))
                        .ToHttpResult(httpContext))
            .WithName("CancelOrder")
            .WithSummary("Cancels a pending or confirmed order and restores its stock (owner or admin).")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.User);
}
