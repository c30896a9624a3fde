using Microsoft.Extensions.Configuration;
using Modular.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Modular.Shared.UnitTests.Persistence;

/// <summary>
/// A request waits on PostgreSQL at most Database:CommandTimeoutSeconds: command timeout plus the two connect timeouts
/// a cancellation on a silent network costs, plus one left for the request's own work, never exceed it (the fault
/// suite's partition scenario measures the real thing).
/// </summary>
public sealed class DatabaseTimeoutsTests
{
    [Theory]
    [InlineData(30, 3, 21)]
    [InlineData(10, 2, 4)]
    [InlineData(60, 6, 42)]
    [InlineData(300, 15, 255)]
    public void The_budget_is_split_between_connecting_and_commands(int budget, int connect, int command)
    {
        var timeouts = DatabaseTimeouts.Split(budget, explicitConnectSeconds: null);

        Assert.Equal(new DatabaseTimeouts(connect, command), timeouts);
        Assert.True(timeouts.CommandSeconds + (3 * timeouts.ConnectSeconds) <= budget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void A_tiny_budget_still_leaves_a_finite_timeout_everywhere(int budget)
    {
        var timeouts = DatabaseTimeouts.Split(budget, explicitConnectSeconds: null);

        // Npgsql reads 0 as "wait forever"; a first connection needs a couple of seconds on a busy host.
        Assert.Equal(new DatabaseTimeouts(DatabaseTimeouts.MinConnectSeconds, 1), timeouts);
    }

    [Fact]
    public void A_connect_timeout_set_in_the_connection_string_is_kept()
    {
        var configuration = Configuration(("Database:CommandTimeoutSeconds", "30"));

        var timeouts = PostgresDataSource.Timeouts(configuration, "Host=db;Username=u;Password=p;Timeout=7");

        Assert.Equal(new DatabaseTimeouts(7, 9), timeouts);
    }

    [Fact]
    public void The_data_source_applies_the_split_to_every_connection()
    {
        var configuration = Configuration(
            ("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=u;Password=p"),
            ("Database:CommandTimeoutSeconds", "10"));

        using var dataSource = PostgresDataSource.Create(configuration);
        using var connection = dataSource.CreateConnection();
        using var command = connection.CreateCommand();

        Assert.Equal(2, connection.ConnectionTimeout);
        Assert.Equal(4, command.CommandTimeout);
        // No wait for a cancellation's answer on top of the command timeout (a silent network never answers).
        Assert.Equal(-1, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).CancellationTimeout);
    }

    [Fact]
    public void A_cancellation_timeout_set_in_the_connection_string_is_kept()
    {
        var configuration = Configuration(("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=u;Password=p;Cancellation Timeout=500"));

        using var dataSource = PostgresDataSource.Create(configuration);

        Assert.Equal(500, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).CancellationTimeout);
    }

    [Fact]
    public void Without_a_setting_the_default_budget_of_30_seconds_applies()
    {
        var timeouts = PostgresDataSource.Timeouts(Configuration(), "Host=db;Username=u;Password=p");

        Assert.Equal(new DatabaseTimeouts(3, 21), timeouts);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(value => new KeyValuePair<string, string?>(value.Key, value.Value))).Build();
}
