using MassTransit;
using Modular.Shared.Kernel.Errors;
using Npgsql;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace Modular.Host.Platform.Errors;

/// <summary>
/// The one place that tells a dependency outage from a bug. PostgreSQL, Redis or RabbitMQ refusing connections,
/// timing out, going away in the middle of a command or transaction, shutting down, or out of connections: such a
/// request is answered 503 with <c>Retry-After</c> (the contract's "fail fast, recover by itself"), never 500.
/// Whatever wrapped the exception on its way up (EF Core's "transient failure" <see cref="InvalidOperationException"/>,
/// <c>DbUpdateException</c>, <see cref="AggregateException"/>) is looked through.
/// </summary>
internal static class DependencyOutage
{
    public const string Postgres = "postgres";
    public const string Redis = "redis";
    public const string RabbitMq = "rabbitmq";

    /// <summary>Seconds a client is asked to wait: a restarted dependency is usually back, and readiness 200, within that.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The dependency whose outage <paramref name="exception"/> reports, or null when it is something else.</summary>
    public static string? Identify(Exception exception)
    {
        foreach (var current in ExceptionCauses.Of(exception))
        {
            var dependency = current switch
            {
                PostgresException postgres => IsUnavailable(postgres.SqlState) ? Postgres : null,
                // Below the server's own errors: refused or failed connects, broken streams, command and pool timeouts.
                NpgsqlException { IsTransient: true } => Postgres,
                RedisConnectionException or RedisTimeoutException => Redis,
                BrokerUnreachableException or AlreadyClosedException or RabbitMqConnectionException or TransportUnavailableException => RabbitMq,
                _ => null,
            };
            if (dependency is not null)
            {
                return dependency;
            }
        }

        return null;
    }

    /// <summary>
    /// SQLSTATEs of a server that cannot serve now (not of a bad statement): connection exceptions (08), insufficient
    /// resources such as too many connections (53), shutdown or not yet accepting (57P), and a statement cancelled
    /// by a timeout (57014). Serialization failures and deadlocks (40001, 40P01) are conflicts, not outages.
    /// </summary>
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57P", StringComparison.Ordinal)
        || sqlState == PostgresErrorCodes.QueryCanceled;
}
