using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Pagination;
using Modular.Shared.Web.Results;
using Modular.Users.Application.Profiles.ListProfiles;
using PagedProfiles = Modular.Shared.Application.Pagination.PagedResult<Modular.Users.Application.Profiles.ProfileResponse>;

namespace Modular.Users.Api.Profiles.ListProfiles;

internal static class ListProfilesEndpoint
{
    public static void Map(IEndpointRouteBuilder users) =>
        users.MapGet("/", async (
                PageQuery page,
                [AsParameters] ListProfilesRequest request,
                ClaimsPrincipal caller,
                IQueryHandler<ListProfilesQuery, PagedProfiles> handler,
                HttpContext httpContext,
                CancellationToken cancellationToken) =>
            {
                var result = await handler.HandleAsync(new ListProfilesQuery(page.ToPageRequest(), request.Search, caller.IsAdmin()), cancellationToken);
                return result.ToHttpResult(httpContext);
            })
            .WithName("ListUsers")
            .WithSummary("Admin: profiles ordered by creation, paginated; search matches name or email, case-insensitively.")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .Produces<PagedProfiles>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
