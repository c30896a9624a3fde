using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>One connection pool for the whole process, shared by every module's DbContext.</summary>
public static class PostgresDataSource
{
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// Statements a connection keeps prepared once they have run a few times (Npgsql auto-prepare): the hot paths
    /// send the same few statements all day, and planning each anew was a third of PostgreSQL's CPU on the order list
    /// (docs/performance.md). A connection string that names <c>Max Auto Prepare</c> keeps its own value.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 50;

    public static NpgsqlDataSource Create(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set (environment variable ConnectionStrings__{ConnectionStringName}).");
        }

        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.ApplicationName ??= "modular";
        var timeouts = Timeouts(configuration, connectionString);
        settings.Timeout = timeouts.ConnectSeconds;
        settings.CommandTimeout = timeouts.CommandSeconds;
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        // A command past its timeout is cancelled on the server without waiting for the answer (Npgsql waits 2 s by
        // default): on a silent network no answer comes, and the wait pushed a request past Database:CommandTimeoutSeconds
        // (measured 12.1 s against 10 in the partition scenario). The timed-out connection is closed, not reused.
        if (!given.ContainsKey("Cancellation Timeout") && !given.ContainsKey("CancellationTimeout"))
        {
            settings.CancellationTimeout = -1;
        }

        // Returning a connection to the pool would otherwise cost a DISCARD ALL each time (two per list request). The
        // host leaves no session state behind: no SET, temporary table or prepared statement of its own, its one
        // advisory lock is released explicitly, and the outbox listener unlistens before it gives its connection back.
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return builder.Build();
    }

    /// <summary>
    /// The split of <c>Database:CommandTimeoutSeconds</c> between connecting and commands (<see cref="DatabaseTimeouts"/>);
    /// a connect timeout the connection string sets itself (<c>Timeout</c>) is kept.
    /// </summary>
    public static DatabaseTimeouts Timeouts(IConfiguration configuration, string connectionString)
    {
        var budget = configuration.GetSection(DatabaseOptions.SectionName)
            .GetValue(nameof(DatabaseOptions.CommandTimeoutSeconds), new DatabaseOptions().CommandTimeoutSeconds);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        int? explicitConnect = ConnectTimeoutKeywords.FirstOrDefault(given.ContainsKey) is { } keyword
            ? Convert.ToInt32(given[keyword], CultureInfo.InvariantCulture)
            : null;
        return DatabaseTimeouts.Split(budget, explicitConnect);
    }

    // Npgsql's keyword and the ADO.NET synonyms it accepts for it.
    private static readonly string[] ConnectTimeoutKeywords = ["Timeout", "Connect Timeout", "Connection Timeout"];
}
