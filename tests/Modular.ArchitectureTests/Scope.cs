using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests;

/// <summary>The set of types a rule is applied to: real assemblies, or one fixture namespace of this test assembly.</summary>
internal static class Scope
{
    public static Conditions Should(params IEnumerable<Assembly> assemblies) => NonEmpty(assemblies).Should();

    public static Predicates That(params IEnumerable<Assembly> assemblies) => NonEmpty(assemblies).That();

    public static Conditions FixtureShould(Type fixture) => Fixture(fixture).Should();

    public static Predicates FixtureThat(Type fixture) => Fixture(fixture).And();

    // A rule over no types passes whatever it demands; make sure each real rule looks at something.
    private static Types NonEmpty(IEnumerable<Assembly> assemblies)
    {
        var types = Types.InAssemblies(assemblies);
        Assert.NotEmpty(types.GetTypes());
        return types;
    }

    // Exact match: ResideInNamespace is a prefix match, so "Fixtures.Foo" would also select "Fixtures.FooBar".
    private static PredicateList Fixture(Type fixture) =>
        Types.InAssembly(fixture.Assembly).That().ResideInNamespaceMatching($"^{Regex.Escape(fixture.Namespace!)}$");
}
