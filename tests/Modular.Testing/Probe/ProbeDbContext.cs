using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Testing.Probe;

/// <summary>A module of the tests' own, built on the same shared outbox and inbox as the real modules.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "probe";

    public override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ProbeItem>(item =>
        {
            item.HasKey(entity => entity.Id);
            item.Ignore(entity => entity.DomainEvents);
        });
        // Deliberately no unique index on item id: only the inbox stands between a redelivery and a second receipt.
        modelBuilder.Entity<ProbeReceipt>().HasKey(receipt => receipt.Id);
    }
}
