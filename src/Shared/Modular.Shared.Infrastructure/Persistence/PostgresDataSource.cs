using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>One connection pool for the whole process, shared by every module's DbContext.</summary>
public static class PostgresDataSource
{
    public const string ConnectionStringName = "Postgres";

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
