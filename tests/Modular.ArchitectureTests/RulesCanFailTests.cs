using Modular.ArchitectureTests.Fixtures.EventContracts;
using Modular.ArchitectureTests.Fixtures.GraphQL;
using Modular.ArchitectureTests.Fixtures.Handlers;
using Modular.ArchitectureTests.Fixtures.References;
using Modular.ArchitectureTests.Fixtures.Visibility;
using Modular.ArchitectureTests.Rules;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests;

/// <summary>
/// Runs each rule, unchanged, over fixtures of this assembly that break it, so a rule that can never fail (a typo in a
/// namespace, a vacuous selection) shows up here. The fixtures reference the real module assemblies, so the forbidden
/// namespaces are proven against the actual code, and exact expectations prove the rules are not over-broad either.
/// </summary>
public sealed class RulesCanFailTests
{
    private static Conditions References() => Scope.FixtureShould(typeof(ReferencesEfCore));

    private static Predicates Visibility() => Scope.FixtureThat(typeof(PublicFixtureRequest));

    private static PredicateList Events() => IntegrationEventRules.Events(Scope.FixtureThat(typeof(WellFormedEvent)));

    [Fact]
    public void Domain_rule_flags_other_layers_and_frameworks() =>
        RuleAssert.FailsExactlyFor(
            LayerRules.DomainIsIsolated(References(), "Users"),
            typeof(ReferencesUsersApplication), typeof(ReferencesUsersInfrastructure), typeof(ReferencesUsersApi),
            typeof(ReferencesEfCore), typeof(ReferencesAspNetCore), typeof(ReferencesMassTransit));

    [Fact]
    public void Application_rule_flags_outer_layers_and_frameworks() =>
        RuleAssert.FailsExactlyFor(
            LayerRules.ApplicationIsIsolated(References(), "Users"),
            typeof(ReferencesUsersInfrastructure), typeof(ReferencesUsersApi),
            typeof(ReferencesEfCore), typeof(ReferencesAspNetCore), typeof(ReferencesMassTransit));

    [Fact]
    public void Infrastructure_rule_flags_Api() =>
        RuleAssert.FailsExactlyFor(LayerRules.InfrastructureIgnoresApi(References(), "Users"), typeof(ReferencesUsersApi));

    [Fact]
    public void Module_boundary_rule_flags_other_modules_internals_but_not_their_integration_events() =>
        RuleAssert.FailsExactlyFor(
            ModuleBoundaryRules.UsesOtherModulesOnlyThroughIntegrationEvents(References(), "Users"),
            typeof(ReferencesIdentityDomain), typeof(ReferencesIdentityApi));

    [Fact]
    public void Integration_events_dependency_rule_flags_framework_types() =>
        RuleAssert.FailsExactlyFor(
            IntegrationEventRules.DependOnlyOnBclAndMassTransit(
                Scope.FixtureShould(typeof(WellFormedEvent)), typeof(WellFormedEvent).Namespace!),
            typeof(EventLeakingEfCore));

    [Fact]
    public void Integration_events_shape_rule_flags_unsealed_internal_non_record_and_misplaced_types()
    {
        RuleAssert.FailsExactlyFor(
            IntegrationEventRules.AreSealedPublicRecords(Events(), typeof(WellFormedEvent).Namespace!),
            typeof(UnsealedEvent), typeof(InternalEvent), typeof(ClassEvent));
        RuleAssert.FailsExactlyFor(
            IntegrationEventRules.AreSealedPublicRecords(Events(), "Modular.Elsewhere"),
            typeof(WellFormedEvent), typeof(EventLeakingEfCore), typeof(UnsealedEvent), typeof(InternalEvent), typeof(ClassEvent));
    }

    [Fact]
    public void Integration_events_reference_rule_flags_other_assemblies() =>
        Assert.Contains("NetArchTest.Rules", IntegrationEventRules.ForeignReferences(typeof(RulesCanFailTests).Assembly));

    [Fact]
    public void Host_rule_flags_module_internals_and_integration_events_but_not_Api() =>
        RuleAssert.FailsExactlyFor(
            HostRules.UsesModulesOnlyThroughApi(References()),
            typeof(ReferencesUsersApplication), typeof(ReferencesUsersInfrastructure),
            typeof(ReferencesIdentityDomain), typeof(ReferencesIdentityIntegrationEvents));

    [Fact]
    public void Host_reference_rule_flags_module_internals_but_not_Api()
    {
        // The fixtures make this assembly reference Modular.Users.Infrastructure and Modular.Users.Api.
        var hidden = HostRules.HiddenModuleReferences(typeof(RulesCanFailTests).Assembly);

        Assert.Contains("Modular.Users.Infrastructure", hidden);
        Assert.DoesNotContain("Modular.Users.Api", hidden);
    }

    [Fact]
    public void Shared_rule_flags_any_module() =>
        RuleAssert.FailsExactlyFor(
            ModuleBoundaryRules.SharedIsModuleAgnostic(References()),
            typeof(ReferencesUsersApplication), typeof(ReferencesUsersInfrastructure), typeof(ReferencesUsersApi),
            typeof(ReferencesIdentityDomain), typeof(ReferencesIdentityApi), typeof(ReferencesIdentityIntegrationEvents));

    [Fact]
    public void Request_rule_flags_a_public_request_only() =>
        RuleAssert.FailsExactlyFor(VisibilityRules.AreNotPublic(VisibilityRules.Requests(Visibility())), typeof(PublicFixtureRequest));

    [Fact]
    public void Options_rule_flags_public_options_only() =>
        RuleAssert.FailsExactlyFor(VisibilityRules.AreNotPublic(VisibilityRules.Options(Visibility())), typeof(PublicFixtureOptions));

    [Fact]
    public void Implementation_rule_flags_a_public_implementation_but_not_records_or_plain_classes() =>
        RuleAssert.FailsExactlyFor(VisibilityRules.AreNotPublic(VisibilityRules.Implementations(Visibility())), typeof(PublicFixtureStore));

    [Fact]
    public void Surface_rule_flags_every_public_type_but_the_named_surface() =>
        RuleAssert.FailsExactlyFor(
            VisibilityRules.AreNotPublic(VisibilityRules.AllBut(Visibility(), nameof(FixtureModule))),
            typeof(PublicFixtureRequest), typeof(PublicFixtureOptions), typeof(PublicFixtureStore), typeof(IFixturePort));

    [Fact]
    public void Platform_rule_flags_the_host_platform_only() =>
        RuleAssert.FailsExactlyFor(PlatformRules.IgnoresTheHost(References()), typeof(ReferencesHostPlatform));

    [Fact]
    public void Platform_reference_rule_flags_a_host_assembly()
    {
        // The fixtures make this assembly reference Modular.Host.Platform; the rule must not flag NetArchTest or xunit.
        var references = PlatformRules.HostReferences(typeof(RulesCanFailTests).Assembly);

        Assert.Contains("Modular.Host.Platform", references);
        Assert.All(references, reference => Assert.StartsWith("Modular.Host", reference, StringComparison.Ordinal));
    }

    [Fact]
    public void Handler_rule_flags_public_and_unsealed_handlers_also_through_a_base_class() =>
        RuleAssert.FailsExactlyFor(
            HandlerRules.HandlersAreInternalAndSealed(Scope.FixtureThat(typeof(PublicCommandHandler))),
            typeof(PublicCommandHandler), typeof(UnsealedQueryHandler), typeof(DerivedCommandHandler));

    [Fact]
    public void GraphQL_rule_flags_every_type_that_uses_GraphQL() =>
        RuleAssert.FailsExactlyFor(
            GraphQLRules.IgnoresGraphQL(Scope.FixtureShould(typeof(FixtureSchemaPart))),
            typeof(FixtureSchemaPart), typeof(InfrastructureGraphType));

    [Fact]
    public void GraphQL_field_rule_flags_fields_and_graph_types_that_bypass_the_application_only() =>
        RuleAssert.FailsExactlyFor(
            GraphQLRules.FieldsGoThroughTheApplication(Scope.FixtureThat(typeof(FixtureSchemaPart)), "Users"),
            typeof(StoreReadingField), typeof(InfrastructureGraphType));

    [Fact]
    public void Schema_part_rule_names_every_user_of_the_part_besides_the_registration_call() =>
        Assert.Equal(
            [nameof(FixtureGraphQLModule), nameof(RogueRegistration)],
            GraphQLRules.UsersOf(Scope.FixtureThat(typeof(FixtureSchemaPart)), typeof(FixtureSchemaPart)));
}
