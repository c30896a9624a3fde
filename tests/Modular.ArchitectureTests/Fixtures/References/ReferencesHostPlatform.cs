using System.Reflection;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses the host's platform.</summary>
internal static class ReferencesHostPlatform
{
    public static Assembly Target => Modular.Host.Platform.AssemblyReference.Assembly;
}
