using Microsoft.EntityFrameworkCore;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Products;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Persistence.Configurations;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>
/// Saving a product also records it for cache invalidation once the transaction commits. The context is created on first
/// use: a product read that the cache answers creates none.
/// </summary>
internal sealed class ProductRepository(Lazy<OrdersDbContext> context, ProductCacheInvalidations invalidations)
    : EfRepository<Product, OrdersDbContext>(context), IProductRepository
{
    public Task<Product?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Context.Set<Product>().AsNoTracking().FirstOrDefaultAsync(product => product.Id == id, cancellationToken);

    public async Task<Product?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        await using (var command = await OrdersSql.CommandAsync(Context, $"SELECT 1 FROM {OrdersModuleInfo.Schema}.{ProductConfiguration.TableName} WHERE id = @id FOR UPDATE", cancellationToken))
        {
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return await Context.Set<Product>().FirstOrDefaultAsync(product => product.Id == id, cancellationToken);
    }

    public Task<bool> SkuExistsAsync(string sku, CancellationToken cancellationToken)
    {
        var lowered = sku.ToLowerInvariant();
        return Context.Set<Product>().AnyAsync(product => product.Sku.ToLower() == lowered, cancellationToken);
    }

    public async Task<bool> TrySaveChangesAsync(CancellationToken cancellationToken)
    {
        var changed = Context.ChangeTracker.Entries<Product>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Entity.Id)
            .ToList();
        try
        {
            await Context.SaveChangesAsync(cancellationToken);
            await invalidations.RecordAsync(changed);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            Context.ChangeTracker.Clear();
            return false;
        }
    }
}
