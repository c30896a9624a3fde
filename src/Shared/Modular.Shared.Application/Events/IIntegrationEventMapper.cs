using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.Application.Events;

/// <summary>
/// Translates a module's domain events into the integration events other modules may rely on.
/// Every integration event it returns is written to the module's outbox in the same transaction as the change.
/// </summary>
public interface IIntegrationEventMapper
{
    IEnumerable<object> Map(IDomainEvent domainEvent);
}
