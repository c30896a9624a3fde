using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Domain.Products;

namespace Modular.Orders.Infrastructure.Persistence.Configurations;

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItem>
{
    public const string TableName = "order_items";

    public void Configure(EntityTypeBuilder<OrderItem> builder)
    {
        builder.ToTable(TableName);
        // Lines are merged per product, so a product appears once per order.
        builder.HasKey(item => new { item.OrderId, item.ProductId });
        builder.Property(item => item.Sku).HasMaxLength(Product.SkuMaxLength);
        builder.Property(item => item.Name).HasMaxLength(Product.NameMaxLength);
        builder.Property(item => item.UnitPrice).HasColumnType("numeric(12,2)");
        builder.Property(item => item.LineTotal).HasColumnType("numeric(16,2)");
        builder.HasIndex(item => item.ProductId);
    }
}
