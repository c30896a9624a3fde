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
        users.MapGet("/", async (PageQuery page, string? search, ClaimsPrincipal caller, HttpContext httpContext, IQueryHandler<ListProfilesQuery, PagedProfiles> handler) =>
                (await handler.HandleAsync(new ListProfilesQuery(page.ToPageRequest(), search, caller.IsAdmin()), httpContext.RequestAborted)).ToHttpResult(httpContext))
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithName("ListUsers")
            .WithSummary("Admin: profiles ordered by creation, paginated; search matches name or email, case-insensitively.")
            .Produces<PagedProfiles>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
