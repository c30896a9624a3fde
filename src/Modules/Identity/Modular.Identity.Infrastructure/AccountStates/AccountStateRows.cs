using Microsoft.EntityFrameworkCore;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Identity.Infrastructure.Persistence.Configurations;

namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>The reconciliation's reads of the accounts and refresh-token tables, in keyset pages (no OFFSET, whatever the table's size).</summary>
internal static class AccountStateRows
{
    public const int PageSize = 1000;

    private const string Table = $"{IdentityModuleInfo.Schema}.{UserAccountConfiguration.TableName}";

    private const string RefreshTokens = $"{IdentityModuleInfo.Schema}.{RefreshTokenConfiguration.TableName}";

    private static readonly string ActiveAfter = $"SELECT id, roles_version FROM {Table} WHERE disabled_at IS NULL AND id > {{0}} ORDER BY id LIMIT {PageSize}";

    /// <summary>Active accounts after <paramref name="after"/> in id order (the primary key serves it).</summary>
    public static Task<List<ActiveAccount>> ActiveAfterAsync(IdentityDbContext context, Guid after, CancellationToken cancellationToken) =>
        context.Database.SqlQueryRaw<ActiveAccount>(ActiveAfter, after).ToListAsync(cancellationToken);

    // Column names as the context's snake_case convention maps ChangedAccount's properties.
    private static readonly string ChangedAfter =
        $"SELECT id, disabled_at IS NULL AS active, updated_at, roles_version FROM {Table} "
        + $"WHERE (updated_at, id) > ({{0}}, {{1}}) ORDER BY updated_at, id LIMIT {PageSize}";

    /// <summary>Accounts changed after (<paramref name="since"/>, <paramref name="after"/>), in that order (the updated_at index serves it).</summary>
    public static Task<List<ChangedAccount>> ChangedAfterAsync(IdentityDbContext context, DateTimeOffset since, Guid after, CancellationToken cancellationToken) =>
        context.Database.SqlQueryRaw<ChangedAccount>(ChangedAfter, since, after).ToListAsync(cancellationToken);

    // A family's revocation is its login's end: every token of it carries the same revoked_at. Deleted accounts' families
    // are left out (their whole account is refused).
    private static readonly string EndedAfter =
        $"SELECT DISTINCT t.user_id, t.family_id AS session_id, t.revoked_at AS ended_at FROM {RefreshTokens} t "
        + $"JOIN {Table} a ON a.id = t.user_id AND a.disabled_at IS NULL "
        + $"WHERE (t.revoked_at, t.family_id) > ({{0}}, {{1}}) ORDER BY ended_at, session_id LIMIT {PageSize}";

    /// <summary>
    /// Logins of active accounts ended after (<paramref name="since"/>, <paramref name="after"/>), in that order (the partial
    /// index on revoked_at and family_id serves it).
    /// </summary>
    public static Task<List<EndedSession>> EndedAfterAsync(IdentityDbContext context, DateTimeOffset since, Guid after, CancellationToken cancellationToken) =>
        context.Database.SqlQueryRaw<EndedSession>(EndedAfter, since, after).ToListAsync(cancellationToken);
}
