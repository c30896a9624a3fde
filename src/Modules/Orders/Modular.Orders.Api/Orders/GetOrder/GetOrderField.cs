using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.GetOrder;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Orders.GetOrder;

internal static class GetOrderField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<OrderGraphType, OrderResponse>("order")
            .Description("One order of the caller (an admin: any), as GET /api/orders/{id}. Another user's order is null with NOT_FOUND, like an unknown one.")
            .IdArgument("The order's id.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(context =>
            {
                var caller = context.Caller();
                return context.QueryAsync<GetOrderQuery, OrderResponse>(new GetOrderQuery(context.GetId("Order"), caller.GetUserId(), caller.IsAdmin()));
            });
}
