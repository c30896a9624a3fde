using Microsoft.EntityFrameworkCore;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Application.Specifications;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Infrastructure.Persistence;

/// <summary>Profile queries. The context is created on first use: a profile read that the cache answers creates none.</summary>
internal sealed class ProfileReader(Lazy<UsersDbContext> context) : IProfileReader
{
    private const string LikeEscape = "\\";

    public Task<ProfileResponse?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Active()
            .Where(profile => profile.Id == userId)
            .Select(profile => new ProfileResponse(profile.Id, profile.Name, profile.Email, profile.CreatedAt, profile.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<PagedResult<ProfileResponse>> ListAsync(PageRequest page, string? search, CancellationToken cancellationToken)
    {
        var query = Active();
        if (search is not null)
        {
            // translate(lower(name), ...) LIKE / normalized_email LIKE: the shapes the trigram GIN indexes of the migrations
            // serve. Each side's term is folded by the function that made the column's form: DatabaseText.Fold for names,
            // the canonical email form for emails. ToLowerInvariant is neither: it leaves "İ" alone and "ς" apart from "σ",
            // and would miss a name or an address typed the way it was registered.
            var namePattern = $"%{EscapeLike(search)}%";
            var emailPattern = $"%{EscapeLike(ProfileRules.NormalizeEmail(search))}%";
            query = query.Where(profile =>
                EF.Functions.Like(DatabaseText.Fold(profile.Name), DatabaseText.Fold(namePattern), LikeEscape)
                || EF.Functions.Like(profile.NormalizedEmail, emailPattern, LikeEscape));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var data = page.IsPastEnd(total)
            ? []
            : await query
                .OrderBy(profile => profile.CreatedAt)
                .ThenBy(profile => profile.Id)
                .Skip(checked((int)page.Offset))
                .Take(page.Limit)
                .Select(profile => new ProfileResponse(profile.Id, profile.Name, profile.Email, profile.CreatedAt, profile.UpdatedAt))
                .ToListAsync(cancellationToken);
        return PagedResult<ProfileResponse>.Create(data, page, total);
    }

    private IQueryable<UserProfile> Active() => context.Value.Profiles.AsNoTracking().Where(profile => profile.DeletedAt == null);

    private static string EscapeLike(string value) =>
        value.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
