using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Orders.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const string TableName = "idempotency_keys";

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable(TableName);
        // The primary key is what settles two racing requests with one key: the second insert waits for the first.
        builder.HasKey(record => new { record.UserId, record.Key });
        builder.Property(record => record.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(record => record.RequestHash).HasMaxLength(64).IsFixedLength();
        builder.Property(record => record.Response).HasColumnType("jsonb");
        builder.HasIndex(record => record.CreatedAt);
    }
}
