using Mono.Cecil;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Whether a type implements a constructed form of one of the open generic interfaces, also through a base class
/// (NetArchTest's ImplementInterface only sees the interfaces a type declares itself).
/// </summary>
internal sealed class ImplementsGenericInterfaceRule(params Type[] openInterfaces) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        // Reflection, unlike Cecil, resolves base types from other assemblies without an assembly resolver.
        var clrType = Type.GetType($"{type.FullName.Replace('/', '+')}, {type.Module.Assembly.FullName}", throwOnError: true)!;
        return clrType.GetInterfaces().Any(face => face.IsGenericType && openInterfaces.Contains(face.GetGenericTypeDefinition()));
    }
}
