using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Integration events are the only contract other modules compile against, so they must stay plain data: no module
/// internals, no frameworks, nothing a consumer would drag in with them.
/// </summary>
internal static class IntegrationEventRules
{
    private const string MassTransitAbstractions = "MassTransit.Abstractions";

    // "MassTransit" here admits the [EntityName] attribute; the assembly check below keeps it to MassTransit.Abstractions.
    public static TestResult DependOnlyOnBclAndMassTransit(Conditions should, string ownNamespace) =>
        should.OnlyHaveDependenciesOn("System", Frameworks.MassTransit, ownNamespace).GetResult();

    /// <summary>
    /// The event types of an IntegrationEvents assembly: all but the marker naming the assembly and what the compiler
    /// generates on its own (anonymous types, collection-expression backing types).
    /// </summary>
    public static PredicateList Events(Predicates that) =>
        that.DoNotHaveName("AssemblyReference").And().DoNotHaveCustomAttribute(typeof(CompilerGeneratedAttribute));

    public static TestResult AreSealedPublicRecords(PredicateList events, string ownNamespace) =>
        events.Should().BePublic()
            .And().BeSealed()
            .And().MeetCustomRule(IsRecordRule.Instance)
            .And().ResideInNamespaceMatching($"^{Regex.Escape(ownNamespace)}$")
            .GetResult();

    public static IReadOnlyList<string> ForeignReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(name => name.Name ?? "").Where(name => !IsAllowed(name)).Order()];

    private static bool IsAllowed(string assemblyName) =>
        assemblyName is "System" or "netstandard" or MassTransitAbstractions
        || assemblyName.StartsWith("System.", StringComparison.Ordinal);
}
