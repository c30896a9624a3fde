using System.Net.Sockets;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform.Errors;
using Npgsql;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace Modular.Host.UnitTests.Errors;

/// <summary>Every way a dependency outage surfaced in the fault suite is recognised, wrapped or not; bugs and conflicts are not.</summary>
public sealed class DependencyOutageTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        // PostgreSQL down: connection refused, as EF Core's default execution strategy wraps it for a query...
        { "postgres", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused()) },
        // ...and bare, from BeginTransaction.
        { "postgres", Refused() },
        // A pooled connection broken by a restart, in the middle of a command or a transaction.
        { "postgres", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "postgres", new DbUpdateException("An error occurred while saving the entity changes.", new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe"))) },
        // A silent network: connect, command and pool-wait timeouts.
        { "postgres", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new TimeoutException("Timeout during connection attempt")) },
        { "postgres", new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt")) },
        { "postgres", new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' or 'Timeout'.", new TimeoutException()) },
        // The server itself says it cannot serve now.
        { "postgres", Postgres(PostgresErrorCodes.AdminShutdown) },
        { "postgres", Postgres(PostgresErrorCodes.CrashShutdown) },
        { "postgres", Postgres(PostgresErrorCodes.CannotConnectNow) },
        { "postgres", Postgres(PostgresErrorCodes.TooManyConnections) },
        { "postgres", Postgres(PostgresErrorCodes.ConnectionFailure) },
        { "postgres", Postgres(PostgresErrorCodes.QueryCanceled) },
        { "postgres", new AggregateException(new InvalidOperationException("unrelated"), Refused()) },
        { "redis", new RedisConnectionException(ConnectionFailureType.UnableToConnect, "It was not possible to connect to the redis server(s).") },
        { "redis", new InvalidOperationException("wrapped", new RedisTimeoutException("Timeout awaiting response", CommandStatus.Sent)) },
        { "rabbitmq", new BrokerUnreachableException(new IOException("connection refused")) },
        { "rabbitmq", new RabbitMqConnectionException("Broker unreachable: modular@127.0.0.1:5672/") },
    };

    public static TheoryData<Exception> NotOutages => new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new NullReferenceException(),
        // A timeout of our own code says nothing about a dependency.
        new TimeoutException(),
        // Conflicts and bad statements are the application's business, not an outage.
        Postgres(PostgresErrorCodes.UniqueViolation),
        Postgres(PostgresErrorCodes.SerializationFailure),
        Postgres(PostgresErrorCodes.DeadlockDetected),
        Postgres(PostgresErrorCodes.UndefinedTable),
        new DbUpdateException("An error occurred while saving the entity changes.", Postgres(PostgresErrorCodes.ForeignKeyViolation)),
        new RedisServerException("WRONGTYPE Operation against a key holding the wrong kind of value"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_outage_is_recognised_through_any_wrapper(string dependency, Exception exception) =>
        Assert.Equal(dependency, DependencyOutage.Identify(exception));

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void A_bug_or_a_conflict_is_not_an_outage(Exception exception) =>
        Assert.Null(DependencyOutage.Identify(exception));

    private static NpgsqlException Refused() =>
        new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);
}
