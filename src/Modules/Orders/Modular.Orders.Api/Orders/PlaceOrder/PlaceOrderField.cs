using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Orders.PlaceOrder;

internal static class PlaceOrderField
{
    private const string IdempotencyKey = "idempotencyKey";

    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<OrderGraphType, OrderResponse>("placeOrder")
            .Description(
                "Places an order for the caller, as POST /api/orders: stock of every line reserved in one transaction, or nothing. " +
                "An unknown product is NOT_FOUND, a short one CONFLICT. The same idempotencyKey (shared with REST's Idempotency-Key) " +
                "with the same input within 24 hours answers the first order again; with another input it is IDEMPOTENCY_KEY_REUSED.")
            .Argument<NonNullGraphType<PlaceOrderInputGraphType>>("input")
            .Argument<StringGraphType>(IdempotencyKey, $"Optional: 1..{IdempotencyKeyHeader.MaxLength} printable ASCII characters, not starting or ending with a space.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<PlaceOrderRequest>("input"));
                var key = context.GetArgument<string?>(IdempotencyKey);
                if (key is not null && !IdempotencyKeyHeader.IsValid(key))
                {
                    throw GraphQLFieldError.Invalid(IdempotencyKey, $"'{IdempotencyKey}' {IdempotencyKeyHeader.Rule}");
                }

                var command = request.Adapt<PlaceOrderCommand>() with { UserId = context.Caller().GetUserId(), IdempotencyKey = key };
                var placed = await context.CommandAsync<PlaceOrderCommand, PlacedOrder>(command, GraphQLErrorCodes.IdempotencyKeyReused);
                return placed?.Order;
            });
}
