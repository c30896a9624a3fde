using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Application.Events;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// On every save of a module's DbContext, turns the domain events of tracked aggregates into outbox rows,
/// so the change and the events it caused commit in the same transaction. Handlers never touch the outbox.
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
        if (context is not ModuleDbContext moduleContext)
        {
            return;
        }

        var aggregates = moduleContext.ChangeTracker.Entries<IHasDomainEvents>()
            .Select(entry => entry.Entity)
            .Where(aggregate => aggregate.DomainEvents.Count > 0)
            .ToList();
        if (aggregates.Count == 0)
        {
            return;
        }

        var mapper = services.GetRequiredKeyedService<IIntegrationEventMapper>(moduleContext.Schema);
        var now = clock.GetUtcNow();
        var traceParent = Activity.Current?.Id;
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                foreach (var integrationEvent in mapper.Map(domainEvent))
                {
                    moduleContext.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent, now, traceParent));
                }
            }

            aggregate.ClearDomainEvents();
        }
    }
}
