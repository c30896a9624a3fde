using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Shared.Infrastructure.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string TableName = "outbox_messages";

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(message => message.Id);
        builder.Property(message => message.Id).ValueGeneratedNever();
        // Unique by its identity generator alone: a unique index on it too was one more index entry for every row written
        // and every row relayed (the relay's update cannot be HOT), and nothing looked rows up by it.
        builder.Property(message => message.Sequence).UseIdentityAlwaysColumn();
        builder.Property(message => message.Type).HasMaxLength(500);
        builder.Property(message => message.Content).HasColumnType("jsonb");
        builder.Property(message => message.LastError).HasMaxLength(2000);
        builder.Property(message => message.TraceParent).HasMaxLength(128);
        // The relay's hot query: pending rows in order. A partial index stays small however many rows were relayed.
        builder.HasIndex(message => message.Sequence)
            .HasDatabaseName("ix_outbox_messages_pending")
            .HasFilter("processed_at IS NULL");
        builder.HasIndex(message => message.ProcessedAt)
            .HasDatabaseName("ix_outbox_messages_processed_at")
            .HasFilter("processed_at IS NOT NULL");
    }
}
