using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class GraphQLTests
{
    /// <summary>Modules with a part of the GraphQL schema; the others must have none.</summary>
    private static readonly string[] WithGraphQL = ["Identity", "Users", "Orders"];

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void Only_the_Api_of_a_module_uses_GraphQL(string module)
    {
        var inner = ModuleAssemblies.Layers(module).Where(layer => layer != Layer.Api).Select(layer => ModuleAssemblies.Of(module, layer));

        RuleAssert.Passes(GraphQLRules.IgnoresGraphQL(Scope.Should(inner)), $"{module}: only the Api layer may use GraphQL");
    }

    [Fact]
    public void Shared_uses_GraphQL_in_its_web_edge_only()
    {
        var others = ModuleAssemblies.Shared.Where(assembly => assembly.GetName().Name != "Modular.Shared.Web");

        RuleAssert.Passes(GraphQLRules.IgnoresGraphQL(Scope.Should(others)), "Only Modular.Shared.Web may use GraphQL");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void GraphQL_fields_and_types_reach_the_module_only_through_its_application(string module)
    {
        var api = ModuleAssemblies.Of(module, Layer.Api);
        // The rule passes over no types whatever it demands: a module with a schema part has fields to look at.
        Assert.Equal(WithGraphQL.Contains(module), Scope.That(api).MeetCustomRule(IsGraphQLEdgeRule.Instance).GetTypes().Any());

        RuleAssert.Passes(
            GraphQLRules.FieldsGoThroughTheApplication(Scope.That(api), module),
            $"{module}: GraphQL fields call the application's use cases; they must not use Infrastructure, EF Core or Npgsql");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.ModuleNames), MemberType = typeof(ModuleAssemblies))]
    public void A_module_has_at_most_one_schema_part_used_only_by_its_registration_call(string module)
    {
        var parts = GraphQLRules.Parts(Scope.That(ModuleAssemblies.Of(module, Layer.Api)));
        if (!WithGraphQL.Contains(module))
        {
            Assert.Empty(parts);
            return;
        }

        var part = Assert.Single(parts);
        Assert.Equal([$"{module}Module"], GraphQLRules.UsersOf(Scope.That(ModuleAssemblies.All), part));
    }
}
