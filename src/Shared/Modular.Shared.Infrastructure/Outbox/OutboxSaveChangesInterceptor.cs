using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Events;
using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// On every save of a DbContext that maps an outbox (every module's), turns the domain events of tracked aggregates
/// into outbox rows, so the change and the events it caused commit in the same transaction. Handlers never touch the
/// outbox. The module's mapper is the one keyed by the schema of its outbox table. A singleton shared by every
/// context (the contexts' options are built once): it keeps no state, and the mappers and clock are singletons.
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(IServiceProvider services, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StageOutboxMessages(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        StageOutboxMessages(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void StageOutboxMessages(DbContext? context)
    {
        var outbox = context?.Model.FindEntityType(typeof(OutboxMessage));
        if (context is null || outbox is null)
        {
            return;
        }

        var aggregates = context.ChangeTracker.Entries<IHasDomainEvents>()
            .Select(entry => entry.Entity)
            .Where(aggregate => aggregate.DomainEvents.Count > 0)
            .ToList();
        if (aggregates.Count == 0)
        {
            return;
        }

        var mapper = services.GetRequiredKeyedService<IIntegrationEventMapper>(outbox.GetSchema());
        var now = clock.GetUtcNow();
        var traceParent = Activity.Current?.Id;
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                foreach (var integrationEvent in mapper.Map(domainEvent))
                {
                    context.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent, now, traceParent));
                }
            }

            aggregate.ClearDomainEvents();
        }
    }
}
