using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Users module's Infrastructure layer.</summary>
internal static class ReferencesUsersInfrastructure
{
    public static Assembly Target => Modular.Users.Infrastructure.AssemblyReference.Assembly;
}
