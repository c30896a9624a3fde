using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Identity module's Domain layer.</summary>
internal static class ReferencesIdentityDomain
{
    public static Assembly Target => Modular.Identity.Domain.AssemblyReference.Assembly;
}
