using Modular.ArchitectureTests.Fixtures.EventContracts;
using Modular.Shared.Application.Events;

namespace Modular.ArchitectureTests.Fixtures.Handlers;

/// <summary>A handler as it should be: internal and sealed.</summary>
internal sealed class WellFormedEventHandler : IIntegrationEventHandler<WellFormedEvent>
{
    public Task HandleAsync(WellFormedEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
