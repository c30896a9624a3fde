using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Users module's Api layer.</summary>
internal static class ReferencesUsersApi
{
    public static Assembly Target => Modular.Users.Api.AssemblyReference.Assembly;
}
