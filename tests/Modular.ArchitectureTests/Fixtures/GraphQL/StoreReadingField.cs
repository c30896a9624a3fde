using Microsoft.EntityFrameworkCore;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>Stands for a GraphQL field that reads the database itself instead of calling a use case.</summary>
internal static class StoreReadingField
{
    public static Task<int> ResolveAsync(DbContext context) => context.SaveChangesAsync();
}
