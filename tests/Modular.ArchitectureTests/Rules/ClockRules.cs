using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// One clock (ADR 0020): every timestamp is taken from the injected <see cref="TimeProvider"/>, which is
/// <c>MicrosecondClock</c>. A read of the machine's clock anywhere else (<c>DateTime.UtcNow</c>, <c>DateTimeOffset.Now</c>,
/// <c>TimeProvider.System</c>) would produce an instant at another precision than the one stored. Read from the IL.
/// </summary>
internal static class ClockRules
{
    public const string TheClock = "Modular.Shared.Kernel.Time.MicrosecondClock";

    private static readonly HashSet<string> ClockReads =
    [
        "System.DateTime System.DateTime::get_Now()",
        "System.DateTime System.DateTime::get_UtcNow()",
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTimeOffset System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()",
        "System.TimeProvider System.TimeProvider::get_System()",
    ];

    /// <summary>Full names of the types of <paramref name="assembly"/> (within <paramref name="namespacePrefix"/>) that read the machine's clock.</summary>
    public static IReadOnlyList<string> TypesReadingTheMachineClock(Assembly assembly, string namespacePrefix = "")
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return
        [
            .. module.GetTypes()
                .Where(type => type.FullName.StartsWith(namespacePrefix, StringComparison.Ordinal) && type.FullName != TheClock)
                .Where(type => type.Methods.Any(ReadsTheMachineClock))
                .Select(type => OuterMost(type).FullName)
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }

    private static bool ReadsTheMachineClock(MethodDefinition method) =>
        method.HasBody && method.Body.Instructions.Any(instruction =>
            (instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt || instruction.OpCode == OpCodes.Ldftn)
            && instruction.Operand is MethodReference called
            && ClockReads.Contains(called.FullName));

    // Lambdas and async state machines are nested types: the rule names the type a reader would open.
    private static TypeDefinition OuterMost(TypeDefinition type) => type.DeclaringType is null ? type : OuterMost(type.DeclaringType);
}
