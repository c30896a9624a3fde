using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>The shape of one scenario: its load, its timeline and what its invariants allow.</summary>
internal sealed record ScenarioSettings(string Name, int Seed)
{
    /// <summary><c>Database:CommandTimeoutSeconds</c> of the host; no request may take longer than this plus 2 s.</summary>
    public const int CommandTimeoutSeconds = 10;

    /// <summary>How long after a dependency returns readiness must be 200 again (and 503s may still be answered).</summary>
    public static readonly TimeSpan RecoveryAllowance = TimeSpan.FromSeconds(10);

    public int Users { get; init; } = 6;

    /// <summary>Each user's pace: one operation per period.</summary>
    public TimeSpan Period { get; init; } = TimeSpan.FromMilliseconds(500);

    public double WarmUpSeconds { get; init; } = 6;

    /// <summary>How long the fault is held (from injection to the start of the repair).</summary>
    public double FaultSeconds { get; init; } = 20;

    /// <summary>How long the load goes on after the dependency is back.</summary>
    public double AfterSeconds { get; init; } = 14;

    /// <summary>What <c>/health/ready</c> must answer while the fault lasts.</summary>
    public ReadinessExpectation Readiness { get; init; } = ReadinessExpectation.NotReadyDuringFault;

    /// <summary>The host itself is gone during the fault: requests may get no answer at all then.</summary>
    public bool HostDownDuringFault { get; init; }

    /// <summary>
    /// The fault can fall between a relay's publish and its marking the rows relayed (broker or host killed, database
    /// lost mid-batch): the rows are published again, so the audit queue may see a copy of an event. Delivery is at
    /// least once; the copies are counted, and consumers' inboxes must apply none of them twice.
    /// </summary>
    public bool RedeliveryPossible { get; init; }

    /// <summary>Route the host's PostgreSQL connections through a <see cref="Modular.Testing.Processes.TcpForwarder"/>.</summary>
    public bool DatabaseThroughForwarder { get; init; }

    /// <summary>Route the host's Redis connections through a <see cref="Modular.Testing.Processes.TcpForwarder"/>.</summary>
    public bool RedisThroughForwarder { get; init; }

    public IReadOnlyList<string> RabbitMqPlugins { get; init; } = [];

    public IReadOnlyDictionary<string, string> HostOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>The host's settings for this scenario: the short command timeout, the seeded admin, limits far above the load.</summary>
    public Dictionary<string, string> HostSettings()
    {
        var values = new Dictionary<string, string>
        {
            ["Database__CommandTimeoutSeconds"] = CommandTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["Identity__Admin__Email"] = CatalogSeeder.AdminEmail,
            ["Identity__Admin__Password"] = CatalogSeeder.AdminPassword,
            // Limits stay on (their Redis store and its fallback are under test) but far above what the load asks.
            ["RateLimiting__Api__PermitLimit"] = "1000000",
            ["RateLimiting__Auth__PermitLimit"] = "100000",
        };
        foreach (var (key, value) in HostOverrides)
        {
            values[key] = value;
        }

        return values;
    }
}
