using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Modular.Orders.Infrastructure.Persistence;

internal static class UniqueViolation
{
    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
