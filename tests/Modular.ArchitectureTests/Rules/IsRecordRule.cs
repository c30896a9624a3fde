using Mono.Cecil;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>Record classes are the ones the compiler gives a "&lt;Clone&gt;$" method (what `with` calls).</summary>
internal sealed class IsRecordRule : ICustomRule
{
    public static IsRecordRule Instance { get; } = new();

    public bool MeetsRule(TypeDefinition type) => type.Methods.Any(method => method.Name == "<Clone>$");
}
