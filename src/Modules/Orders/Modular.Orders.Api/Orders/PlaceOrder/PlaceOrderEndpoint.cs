using System.Security.Claims;
using Mapster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Results;

namespace Modular.Orders.Api.Orders.PlaceOrder;

internal static class PlaceOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/", async (
                PlaceOrderRequest request,
                ClaimsPrincipal caller,
                ICommandHandler<PlaceOrderCommand, PlacedOrder> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var command = request.Adapt<PlaceOrderCommand>() with
                {
                    UserId = caller.GetUserId(),
                    IdempotencyKey = IdempotencyKeyHeader.Read(httpContext.Request),
                };
                var result = await handler.HandleAsync(command, cancellationToken);
                return result.ToHttpResult(httpContext, placed => TypedResults.Created($"/api/orders/{placed.Order.Id}", placed.Order));
            })
            .WithName("PlaceOrder")
            .WithSummary("Places an order: stock of every line reserved in one transaction, or nothing. Optional Idempotency-Key header.")
            .WithDescription($"Lines naming the same product are merged; their quantities added up must not exceed {RequestedLine.MaxQuantity} (a rule no schema can state: 400 naming items).")
            .RequireAuthorization(AuthorizationPolicies.User)
            .WithMetadata(IdempotencyKeyHeader.Parameter)
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
