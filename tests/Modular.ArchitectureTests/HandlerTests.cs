using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

public sealed class HandlerTests
{
    [Fact]
    public void Command_query_and_integration_event_handlers_are_internal_and_sealed()
    {
        var result = HandlerRules.HandlersAreInternalAndSealed(Scope.That(ModuleAssemblies.All));

        RuleAssert.Passes(result, "Handlers must be internal and sealed");
    }
}
