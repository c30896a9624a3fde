using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Pagination;

namespace Modular.Users.Application.Profiles.ListProfiles;

internal sealed record ListProfilesQuery(PageRequest Page, string? Search, bool CallerIsAdmin) : IQuery<PagedResult<ProfileResponse>>;
