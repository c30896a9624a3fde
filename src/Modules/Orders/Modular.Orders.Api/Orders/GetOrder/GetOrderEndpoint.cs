using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.GetOrder;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Orders.GetOrder;

internal static class GetOrderEndpoint
{
    public static void MapGetOrder(this IEndpointRouteBuilder orders) =>
        orders.MapGet(
                "/{id:guid}",
                async (Guid id, IQueryHandler<GetOrderQuery, OrderResponse> handler, HttpContext httpContext) =>
                    (await handler.HandleAsync(new GetOrderQuery(id, httpContext.User.GetUserId(), httpContext.User.IsAdmin()), httpContext.RequestAborted))
                        .ToHttpResult(httpContext))
            .WithName("GetOrder")
            .WithSummary("One order of the caller (an admin: any order). Another user's order is 404.")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.User);
}
