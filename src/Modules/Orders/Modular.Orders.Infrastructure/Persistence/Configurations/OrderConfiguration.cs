using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public const string TableName = "orders";

    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();
        builder.Property(order => order.Status).HasMaxLength(16).HasConversion(new OrderStatusConverter());
        // 50 lines of 1000 units at the maximum price exceed numeric(12,2).
        builder.Property(order => order.Total).HasColumnType("numeric(16,2)");
        builder.Property(order => order.CancellationReason).HasMaxLength(64);
        builder.HasMany(order => order.Items).WithOne().HasForeignKey(item => item.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Serves a user's order list newest first, ties broken by id, with no sort step (OrderReader).
        builder.HasIndex(order => new { order.UserId, order.CreatedAt, order.Id })
            .IsDescending(false, true, true)
            .HasDatabaseName("ix_orders_user_id_created_at_id");
        builder.HasIndex(order => new { order.Status, order.CreatedAt });
        builder.HasIndex(order => order.CreatedAt);
        builder.Ignore(order => order.DomainEvents);
    }
}
