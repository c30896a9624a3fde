using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Orders.Domain.Products;

namespace Modular.Orders.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public const string TableName = "products";

    public void Configure(EntityTypeBuilder<Product> builder)
    {
        // The last line of defence: whatever a bug does, PostgreSQL refuses a negative stock or price.
        builder.ToTable(TableName, table =>
        {
            table.HasCheckConstraint("ck_products_stock_non_negative", "stock >= 0");
            table.HasCheckConstraint("ck_products_price_non_negative", "price >= 0");
        });
        builder.HasKey(product => product.Id);
        builder.Property(product => product.Id).ValueGeneratedNever();
        builder.Property(product => product.Sku).HasMaxLength(Product.SkuMaxLength);
        builder.Property(product => product.Name).HasMaxLength(Product.NameMaxLength);
        builder.Property(product => product.Price).HasColumnType("numeric(12,2)");
        builder.Ignore(product => product.DomainEvents);
        // The case-insensitive unique index on lower(sku) is created by the migration (EF cannot model expression indexes).
    }
}
