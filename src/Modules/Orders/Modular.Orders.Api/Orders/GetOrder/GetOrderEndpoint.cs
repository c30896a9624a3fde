using System.Security.Claims;
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
    public static void Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:uuid}", async (
                Guid id,
                ClaimsPrincipal caller,
                IQueryHandler<GetOrderQuery, OrderResponse> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new GetOrderQuery(id, caller.GetUserId(), caller.IsAdmin()), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("GetOrder")
            .WithSummary("One order of the caller (an admin: any order). Another user's order is 404.")
            .RequireAuthorization(AuthorizationPolicies.User)
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
