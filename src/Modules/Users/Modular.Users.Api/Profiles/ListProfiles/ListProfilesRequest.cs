using Microsoft.AspNetCore.Mvc;
using Modular.Shared.Web.Parameters;

namespace Modular.Users.Api.Profiles.ListProfiles;

/// <summary>The filter of <c>GET /api/users</c> (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListProfilesRequest(
    [FromQuery(Name = "search")]
    [property: QueryFilterDescription("Text the name or email contains, case-insensitively: plain text, no control characters.")]
    string? Search);
