using Microsoft.EntityFrameworkCore;
using Modular.Shared.Application.Specifications;
using Modular.Shared.Infrastructure.Inbox;
using Modular.Shared.Infrastructure.Outbox;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: everything it maps lives in the module's own schema,
/// next to that module's outbox and inbox tables.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
        // Every explicit transaction of the solution (a transactional command, an inbox consumer) rolls back as a whole
        // when a save fails; a savepoint around each save would only cost two more round trips per save, inside the
        // transaction, while its row locks are held.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>The PostgreSQL schema that holds every table of the module.</summary>
    public abstract string Schema { get; }

    /// <summary>
    /// Called each time the context is handed to a DI scope (contexts are pooled, so the constructor runs once per
    /// pooled instance, not per scope): a context that carries state of its scope takes it here from
    /// <paramref name="scope"/>, the scope's service provider.
    /// </summary>
    protected internal virtual void AttachScope(IServiceProvider scope)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasDbFunction(typeof(DatabaseText).GetMethod(nameof(DatabaseText.Fold))!).HasTranslation(DatabaseFold.Translate);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
