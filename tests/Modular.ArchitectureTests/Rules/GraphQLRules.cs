using Modular.Shared.Web.GraphQL;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// GraphQL is an edge like REST: only a module's Api knows it, its fields and types reach the module through the
/// application's use cases (never its persistence), and a module's schema part is composed by the module's own
/// registration call, so a process that does not compose the module has none of its fields.
/// </summary>
internal static class GraphQLRules
{
    /// <summary>GraphQL.NET's namespaces, and its parser's.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = ["GraphQL", "GraphQLParser"];

    public static TestResult IgnoresGraphQL(Conditions should) => should.NotHaveDependencyOnAny([.. Namespaces]).GetResult();

    /// <summary>Fields (<c>*Field</c>), graph types and schema parts use neither the module's Infrastructure nor EF Core or Npgsql.</summary>
    public static TestResult FieldsGoThroughTheApplication(Predicates that, string module) =>
        that.MeetCustomRule(IsGraphQLEdgeRule.Instance)
            .Should().NotHaveDependencyOnAny(ModuleAssemblies.Namespace(module, Layer.Infrastructure), Frameworks.EntityFrameworkCore, "Npgsql")
            .GetResult();

    /// <summary>The schema parts among <paramref name="that"/>.</summary>
    public static IReadOnlyList<Type> Parts(Predicates that) =>
        [.. that.ImplementInterface(typeof(IGraphQLSchemaPart)).GetTypes()];

    /// <summary>The types among <paramref name="that"/>, other than the part itself, that use <paramref name="part"/>: only the module's registration class may.</summary>
    public static IReadOnlyList<string> UsersOf(Predicates that, Type part) =>
        [.. that.HaveDependencyOn(part.FullName).GetTypes().Where(type => type != part && type.DeclaringType != part).Select(type => type.Name).Order(StringComparer.Ordinal)];
}
