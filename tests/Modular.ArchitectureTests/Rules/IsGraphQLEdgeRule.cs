using GraphQL.Types;
using Modular.Shared.Web.GraphQL;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Whether a type is part of a module's GraphQL edge: a field (<c>*Field</c>), a graph type or a schema part, also
/// through base classes (a graph type implements <see cref="IGraphType"/> through GraphQL.NET's base classes).
/// </summary>
internal sealed class IsGraphQLEdgeRule : ICustomRule
{
    public static IsGraphQLEdgeRule Instance { get; } = new();

    public bool MeetsRule(TypeDefinition type)
    {
        // Reflection, unlike Cecil, resolves base types from other assemblies without an assembly resolver.
        var clrType = Type.GetType($"{type.FullName.Replace('/', '+')}, {type.Module.Assembly.FullName}", throwOnError: true)!;
        return clrType.Name.EndsWith("Field", StringComparison.Ordinal)
            || typeof(IGraphType).IsAssignableFrom(clrType)
            || typeof(IGraphQLSchemaPart).IsAssignableFrom(clrType);
    }
}
