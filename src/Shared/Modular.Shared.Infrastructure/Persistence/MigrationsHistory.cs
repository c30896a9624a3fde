namespace Modular.Shared.Infrastructure.Persistence;

internal static class MigrationsHistory
{
    /// <summary>Each module keeps this table in its own schema, so modules migrate independently.</summary>
    public const string TableName = "__ef_migrations_history";
}
