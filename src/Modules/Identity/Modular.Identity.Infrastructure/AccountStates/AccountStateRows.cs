using Microsoft.EntityFrameworkCore;
using Modular.Identity.Infrastructure.Persistence;
using Modular.Identity.Infrastructure.Persistence.Configurations;

namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>The reconciliation's reads of the accounts table, in keyset pages (no OFFSET, whatever the table's size).</summary>
internal static class AccountStateRows
{
    public const int PageSize = 1000;

    private const string Table = $"{IdentityModuleInfo.Schema}.{UserAccountConfiguration.TableName}";

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
}
