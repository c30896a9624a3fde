using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class IntegrationEventsTests
{
    [Theory]
    [MemberData(nameof(ModuleAssemblies.PublisherNames), MemberType = typeof(ModuleAssemblies))]
    public void Integration_events_depend_only_on_the_BCL_and_MassTransit(string module)
    {
        var result = IntegrationEventRules.DependOnlyOnBclAndMassTransit(
            Scope.Should(ModuleAssemblies.Of(module, Layer.IntegrationEvents)),
            ModuleAssemblies.Namespace(module, Layer.IntegrationEvents));

        RuleAssert.Passes(result, $"{module} IntegrationEvents may use only System.* and MassTransit");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PublisherNames), MemberType = typeof(ModuleAssemblies))]
    public void Integration_events_are_public_sealed_records_in_the_module_namespace(string module)
    {
        var events = IntegrationEventRules.Events(Scope.That(ModuleAssemblies.Of(module, Layer.IntegrationEvents)));
        // Every publisher publishes something; an empty set would make the rule pass without looking at an event.
        Assert.NotEmpty(events.GetTypes());

        var result = IntegrationEventRules.AreSealedPublicRecords(events, ModuleAssemblies.Namespace(module, Layer.IntegrationEvents));

        RuleAssert.Passes(result, $"{module} integration events must be public sealed records in {ModuleAssemblies.Namespace(module, Layer.IntegrationEvents)}");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies.PublisherNames), MemberType = typeof(ModuleAssemblies))]
    public void Integration_events_assembly_references_only_the_BCL_and_MassTransit_Abstractions(string module)
    {
        var foreign = IntegrationEventRules.ForeignReferences(ModuleAssemblies.Of(module, Layer.IntegrationEvents));

        Assert.True(foreign.Count == 0, $"{module} IntegrationEvents references: {string.Join(", ", foreign)}");
    }
}
