using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Users module's Application layer.</summary>
internal static class ReferencesUsersApplication
{
    public static Assembly Target => Modular.Users.Application.AssemblyReference.Assembly;
}
