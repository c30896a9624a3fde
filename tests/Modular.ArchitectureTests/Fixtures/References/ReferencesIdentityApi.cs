using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Identity module's Api layer.</summary>
internal static class ReferencesIdentityApi
{
    public static Assembly Target => Modular.Identity.Api.AssemblyReference.Assembly;
}
