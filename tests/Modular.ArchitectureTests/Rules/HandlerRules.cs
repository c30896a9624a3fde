using Modular.Shared.Application.Events;
using Modular.Shared.Application.Messaging;
using NetArchTest.Rules;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// Handlers are reached only through the dispatcher and its decorators (the Orders transaction, inbox); a public handler invites
/// callers to skip them, and an unsealed one invites behaviour hidden in a subclass.
/// </summary>
internal static class HandlerRules
{
    private static readonly ImplementsGenericInterfaceRule IsHandler =
        new(typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IIntegrationEventHandler<>));

    public static TestResult HandlersAreInternalAndSealed(Predicates that) =>
        that.AreNotAbstract()
            .And().MeetCustomRule(IsHandler)
            .Should().NotBePublic()
            .And().BeSealed()
            .GetResult();
}
