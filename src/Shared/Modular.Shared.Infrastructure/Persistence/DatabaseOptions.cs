using System.ComponentModel.DataAnnotations;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Apply pending migrations of every module when the host starts.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>EF Core command timeout, in seconds.</summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}
