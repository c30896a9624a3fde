using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Orders.PlaceOrder;

internal static class PlaceOrderEndpoint
{
    public static void MapPlaceOrder(this IEndpointRouteBuilder orders) =>
        orders.MapPost(
                "/",
                async (PlaceOrderRequest request, ICommandHandler<PlaceOrderCommand, PlacedOrder> handler, HttpContext httpContext) =>
                {
                    var command = new PlaceOrderCommand(
                        httpContext.User.GetUserId(),
                        request.Items?.Select(item => item is null ? null : new PlaceOrderItem(item.ProductId, item.Quantity)).ToList(),
                        IdempotencyKeyHeader.Read(httpContext.Request));
                    return (await handler.HandleAsync(command, httpContext.RequestAborted))
                        .ToHttpResult(httpContext, placed => TypedResults.Created($"/api/orders/{placed.Order.Id}", placed.Order));
                })
            .WithName("PlaceOrder")
            .WithSummary("Places an order: stock of every line reserved in one transaction, or nothing. Optional Idempotency-Key header.")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(AuthorizationPolicies.User);
}
