namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>
/// <c>Database:CommandTimeoutSeconds</c> is the longest a request waits on PostgreSQL (the contract: a 503 within it,
/// never a hang), so it is split between Npgsql's two timeouts. Opening a connection, or waiting for one from a full
/// pool, is bounded by the connect timeout. A command is bounded by the command timeout, after which Npgsql cancels it
/// on the server through a connection of its own, opened synchronously: on a silent network (SYNs dropped) that
/// costs up to two more connect timeouts (measured by the fault suite's partition scenario), and Npgsql does not wait
/// for the cancellation's answer (<c>Cancellation Timeout=-1</c>, set by <see cref="PostgresDataSource"/>). One more
/// connect timeout is left for the request's own work around its commands (a login's password hash waited 3 s for a
/// core on a loaded 2-core machine in the partition scenario, and the request then ended 13.2 s into a 10 s budget).
/// Hence command + 3 × connect = budget. A connection string that sets <c>Timeout</c> itself keeps it. Migrations are
/// not requests: they run with <see cref="MigrationCommandTimeout"/>.
/// </summary>
/// <param name="ConnectSeconds">Npgsql <c>Timeout</c>: connect, pool wait, and the cancellation request's connect.</param>
/// <param name="CommandSeconds">Npgsql <c>Command Timeout</c>, which EF Core's commands use too.</param>
public sealed record DatabaseTimeouts(int ConnectSeconds, int CommandSeconds)
{
    /// <summary>Npgsql's own default connect timeout, which a large budget never exceeds.</summary>
    public const int MaxConnectSeconds = 15;

    /// <summary>
    /// The shortest connect timeout: a process's first connection also loads the server's type catalogue, which on a
    /// starting host with busy cores was measured to take over a second.
    /// </summary>
    public const int MinConnectSeconds = 2;

    /// <summary>Schema changes (and the wait for another instance's) run without the request budget.</summary>
    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(10);

    /// <param name="budgetSeconds"><c>Database:CommandTimeoutSeconds</c>.</param>
    /// <param name="explicitConnectSeconds">The connection string's own <c>Timeout</c>, when it sets one.</param>
    public static DatabaseTimeouts Split(int budgetSeconds, int? explicitConnectSeconds)
    {
        var budget = Math.Max(1, budgetSeconds);
        // A tenth of the budget: ample for a healthy server (a connect takes milliseconds), and it leaves commands most of it.
        var connect = explicitConnectSeconds ?? Math.Clamp(budget / 10, MinConnectSeconds, MaxConnectSeconds);
        // Npgsql reads 0 as "no timeout": whatever the budget, a command keeps at least one second.
        return new DatabaseTimeouts(connect, Math.Max(1, budget - (3 * connect)));
    }
}
