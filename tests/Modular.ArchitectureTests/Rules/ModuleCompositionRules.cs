using System.Reflection;
using Modular.Host.Platform.Modules;
using Modular.Shared.Web.Modules;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Module switches (ADR 0026) hold by construction only if a module can be composed in no other way than through the
/// platform's <c>AddModule&lt;TModule&gt;()</c>: each module's Api offers one <see cref="IModule"/> and nothing else to
/// call, and the host calls <c>AddModule</c> once per module and no module member itself.
/// </summary>
internal static class ModuleCompositionRules
{
    private static readonly string[] ModuleMembers = ["get_Name", nameof(IModule.AddServices), nameof(IModule.MapEndpoints)];

    /// <summary>The public types of <paramref name="api"/> that implement <see cref="IModule"/>.</summary>
    public static IReadOnlyList<Type> Modules(Assembly api) =>
        [.. api.GetExportedTypes().Where(type => type.IsClass && type.IsAssignableTo(typeof(IModule)))];

    /// <summary>Public methods of a module type other than its <see cref="IModule"/> members: ways around the switch.</summary>
    public static IReadOnlyList<string> OtherPublicMethods(Type module) =>
        [.. module.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(method => method.Name)
            .Where(name => !ModuleMembers.Contains(name))
            .Order()];

    /// <summary>The type arguments of every <c>AddModule&lt;T&gt;()</c> call in <paramref name="assembly"/>'s code, one per call.</summary>
    public static IReadOnlyList<string> ComposedModules(Assembly assembly) =>
        [.. Calls(assembly)
            .Select(call => call.Callee)
            .OfType<GenericInstanceMethod>()
            .Where(method => method.Name == nameof(ModuleCompositionExtensions.AddModule)
                && method.DeclaringType.FullName == typeof(ModuleCompositionExtensions).FullName)
            .Select(method => method.GenericArguments[0].FullName)
            .Order()];

    /// <summary>Calls in <paramref name="assembly"/>'s code to a member of a module type, as "caller -> callee".</summary>
    public static IReadOnlyList<string> DirectModuleCalls(Assembly assembly) =>
        [.. Calls(assembly)
            .Where(call => IsModule(call.Callee.DeclaringType))
            .Select(call => $"{call.Caller} -> {call.Callee.DeclaringType.Name}.{call.Callee.Name}")
            .Distinct()
            .Order()];

    // The callee's type is a reference into another assembly: find it among the loaded ones (the tests load every Api).
    private static bool IsModule(TypeReference type) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(type.FullName.Replace('/', '+')))
            .Any(found => found is { IsClass: true } && found.IsAssignableTo(typeof(IModule)));

    private static IEnumerable<(string Caller, MethodReference Callee)> Calls(Assembly assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        var calls = new List<(string, MethodReference)>();
        foreach (var type in definition.MainModule.GetTypes())
        {
            foreach (var method in type.Methods.Where(method => method.HasBody))
            {
                calls.AddRange(method.Body.Instructions
                    .Where(instruction => instruction.OpCode.FlowControl == FlowControl.Call || instruction.OpCode == OpCodes.Ldftn)
                    .Select(instruction => instruction.Operand)
                    .OfType<MethodReference>()
                    .Select(callee => ($"{type.FullName}.{method.Name}", callee)));
            }
        }

        return calls;
    }
}
