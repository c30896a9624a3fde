using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modular.Shared.Kernel.Domain;

namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// On every save of a DbContext that maps an outbox (every module's), turns the domain events of tracked aggregates
/// into outbox rows (<see cref="OutboxWriter"/>), so the change and the events it caused commit in the same transaction.
/// Handlers never touch the outbox. A singleton shared by every context (the contexts' options are built once): it keeps
/// no state, and the writer, the mappers and the clock are singletons.
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxWriter writer) : SaveChangesInterceptor
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
        if (context is null)
        {
            return;
        }

        // Take reads the aggregates (and returns at once for a context without an outbox) before a row is added.
        foreach (var message in writer.Take(context, context.ChangeTracker.Entries<IHasDomainEvents>().Select(entry => entry.Entity)))
        {
            context.Set<OutboxMessage>().Add(message);
        }
    }
}
