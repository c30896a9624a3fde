using GraphQL;
using GraphQL.Types;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Application.Accounts;
using Modular.Identity.Application.Accounts.GetMe;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.Accounts.GetMe;

internal static class GetMeField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<AccountGraphType, AccountSummary>("me")
            .Description("The account behind the access token, as GET /api/identity/me.")
            .AuthorizeWithPolicy(AuthorizationPolicies.User)
            .ResolveAsync(context => context.QueryAsync<GetMeQuery, AccountSummary>(new GetMeQuery(context.Caller().GetUserId())));
}
