using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Users.Application.Abstractions;
using PagedProfiles = Modular.Shared.Application.Pagination.PagedResult<Modular.Users.Application.Profiles.ProfileResponse>;

namespace Modular.Users.Application.Profiles.ListProfiles;

internal sealed class ListProfilesHandler(IProfileReader reader) : IQueryHandler<ListProfilesQuery, PagedProfiles>
{
    public async Task<Result<PagedProfiles>> HandleAsync(ListProfilesQuery query, CancellationToken cancellationToken)
    {
        if (!query.CallerIsAdmin)
        {
            return Result<PagedProfiles>.Forbidden();
        }

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        return await reader.ListAsync(query.Page, search, cancellationToken);
    }
}
