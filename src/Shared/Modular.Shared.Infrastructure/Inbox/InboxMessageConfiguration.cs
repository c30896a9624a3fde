using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Shared.Infrastructure.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string TableName = "inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(message => new { message.EventId, message.Consumer });
        builder.Property(message => message.Consumer).HasMaxLength(200);
        builder.Property(message => message.Type).HasMaxLength(500);
        builder.HasIndex(message => message.ProcessedAt);
    }
}
