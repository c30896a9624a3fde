namespace Modular.Shared.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Apply pending migrations of every module when the host starts.</summary>
    public bool MigrateOnStartup { get; set; }

    public int CommandTimeoutSeconds { get; set; } = 30;
}
