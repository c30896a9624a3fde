using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the Identity module's published contracts (the one allowed way in).</summary>
internal static class ReferencesIdentityIntegrationEvents
{
    public static Assembly Target => Modular.Identity.IntegrationEvents.AssemblyReference.Assembly;
}
