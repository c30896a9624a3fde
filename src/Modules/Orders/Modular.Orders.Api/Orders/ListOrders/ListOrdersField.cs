using GraphQL;
using GraphQL.Types;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.ListOrders;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.Orders.ListOrders;

internal static class ListOrdersField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<PageGraphType<OrderGraphType, OrderResponse>, PagedResult<OrderResponse>>("orders")
            .Description("The caller's orders, newest first (an admin: all, or one user's with userId), as GET /api/orders.")
            .PageArguments()
            .Argument<OrderStatusGraphType>("status", "Only orders in this status.")
            .Argument<IdGraphType>("userId", "One user's orders. A non-admin may pass only its own id (the same answer as without); another user's id is FORBIDDEN.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(async context =>
            {
                var page = context.GetPage();
                var request = await context.ValidAsync(new ListOrdersRequest(context.GetArgument<string?>("status"), context.GetArgument<string?>("userId")));
                var caller = context.Caller();
                return await context.QueryAsync<ListOrdersQuery, PagedResult<OrderResponse>>(request.ToQuery(caller.GetUserId(), caller.IsAdmin(), page));
            });
}
