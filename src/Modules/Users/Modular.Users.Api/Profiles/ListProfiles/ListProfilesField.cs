using GraphQL;
using GraphQL.Types;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Application.Validation;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.GraphQL;
using Modular.Users.Api.GraphQL;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.ListProfiles;

namespace Modular.Users.Api.Profiles.ListProfiles;

internal static class ListProfilesField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<PageGraphType<UserGraphType, ProfileResponse>, PagedResult<ProfileResponse>>("users")
            .Description("Admin: profiles ordered by creation, as GET /api/users; search matches name or email, case-insensitively.")
            .PageArguments()
            .Argument<StringGraphType>("search", $"Text the name or email contains, case-insensitively: at most {SearchText.MaxLength} characters, no control characters.")
            .AuthorizeWithPolicy(AuthorizationPolicies.Admin)
            .ResolveAsync(async context =>
            {
                var page = context.GetPage();
                var request = await context.ValidAsync(new ListProfilesRequest(context.GetArgument<string?>("search")));
                return await context.QueryAsync<ListProfilesQuery, PagedResult<ProfileResponse>>(new ListProfilesQuery(page, request.Search, context.Caller().IsAdmin()));
            });
}
