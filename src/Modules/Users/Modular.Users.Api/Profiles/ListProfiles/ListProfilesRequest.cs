using Microsoft.AspNetCore.Mvc;

namespace Modular.Users.Api.Profiles.ListProfiles;

/// <summary>The filter of <c>GET /api/users</c> (paging is <c>PageQuery</c>'s).</summary>
internal sealed record ListProfilesRequest([FromQuery(Name = "search")] string? Search);
