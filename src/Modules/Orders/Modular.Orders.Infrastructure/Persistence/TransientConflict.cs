using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>Failures PostgreSQL asks the client to retry: the whole transaction may simply run again.</summary>
internal static class TransientConflict
{
    public const string DeadlockDetected = "40P01";
    public const string SerializationFailure = "40001";

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: DeadlockDetected or SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
