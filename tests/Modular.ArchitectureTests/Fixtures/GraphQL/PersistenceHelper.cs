using Microsoft.EntityFrameworkCore;

namespace Modular.ArchitectureTests.Fixtures.GraphQL;

/// <summary>Uses EF Core but is neither a field nor a graph type: the field rule must leave it alone.</summary>
internal static class PersistenceHelper
{
    public static int Save(DbContext context) => context.SaveChanges();
}
