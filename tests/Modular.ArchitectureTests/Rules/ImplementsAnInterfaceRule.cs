using Mono.Cecil;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Whether a type implements an interface, also through a base class; <see cref="IEquatable{T}"/>, which the compiler
/// gives every record, does not count.
/// </summary>
internal sealed class ImplementsAnInterfaceRule : ICustomRule
{
    public static ImplementsAnInterfaceRule Instance { get; } = new();

    public bool MeetsRule(TypeDefinition type)
    {
        // Reflection, unlike Cecil, resolves base types from other assemblies without an assembly resolver.
        var clrType = Type.GetType($"{type.FullName.Replace('/', '+')}, {type.Module.Assembly.FullName}", throwOnError: true)!;
        return clrType.GetInterfaces().Any(face => !face.IsGenericType || face.GetGenericTypeDefinition() != typeof(IEquatable<>));
    }
}
