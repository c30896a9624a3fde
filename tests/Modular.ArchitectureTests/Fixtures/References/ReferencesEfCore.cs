using Microsoft.EntityFrameworkCore;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses EF Core.</summary>
internal static class ReferencesEfCore
{
    public static int SaveChanges(DbContext context) => context.SaveChanges();
}
