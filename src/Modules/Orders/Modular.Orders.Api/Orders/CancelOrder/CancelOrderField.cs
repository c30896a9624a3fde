using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.CancelOrder;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Orders.CancelOrder;

internal static class CancelOrderField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<OrderGraphType, OrderResponse>("cancelOrder")
            .Description("Cancels a pending or confirmed order and restores its stock (owner or admin), as POST /api/orders/{id}/cancel. A cancelled one is CONFLICT.")
            .IdArgument("The order's id.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(context =>
            {
                var caller = context.Caller();
                return context.CommandAsync<CancelOrderCommand, OrderResponse>(new CancelOrderCommand(context.GetId("Order"), caller.GetUserId(), caller.IsAdmin()));
            });
}
