using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Kernel.Text;
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

        // Stored text is NFC (ADR 0020): so is the term, however the client's keyboard composed it.
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : CanonicalText.Name(query.Search);
        return await reader.ListAsync(query.Page, search, cancellationToken);
    }
}
