using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Notifications.Domain.OrderUpdates;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>
/// One row per order whose owner has been told something: the latest state told (the contract's spelling, as the Orders
/// module stores it), null while a batch that first met the order has not committed. Read and written with plain SQL
/// (<see cref="OrderStatusTimelineStore"/>); mapped so that the migrations create it.
/// </summary>
internal sealed class OrderStatusTimelineConfiguration : IEntityTypeConfiguration<OrderStatusTimeline>
{
    public const string TableName = "order_status_timelines";

    public void Configure(EntityTypeBuilder<OrderStatusTimeline> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(timeline => timeline.OrderId);
        builder.Property(timeline => timeline.OrderId).ValueGeneratedNever();
        builder.Property(timeline => timeline.Told).HasMaxLength(16).HasConversion(new OrderStatusColumn());
        builder.Property<DateTimeOffset>("UpdatedAt");
    }
}
