using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Orders.Domain.Products;
using Modular.Orders.Infrastructure.Caching;
using Modular.Orders.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Orders;

/// <summary>Module contexts come from a pool (ADR 0033): a reused instance must carry nothing of its last scope.</summary>
[Collection(ApiCollection.Name)]
public sealed class PooledContextTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_context_reused_by_the_next_scope_carries_that_scope_s_invalidations_and_tracks_nothing_of_the_last()
    {
        OrdersDbContext first;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            Assert.Same(scope.ServiceProvider.GetRequiredService<ProductCacheInvalidations>(), first.ProductCacheInvalidations);
            first.Add(Product.Create($"pool-{Guid.NewGuid():N}", "Pooled", 1m, 1, DateTimeOffset.UtcNow));
            Assert.NotEmpty(first.ChangeTracker.Entries());
        }

        Assert.Null(first.ProductCacheInvalidations);
        // The host's consumers rent from the same pool, so the instance may come back after a few others: every one
        // handed out must be clean, and the first must come back (the pool is first in, first out).
        var reused = false;
        for (var attempt = 0; attempt < 100 && !reused; attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var next = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();

            Assert.Same(scope.ServiceProvider.GetRequiredService<ProductCacheInvalidations>(), next.ProductCacheInvalidations);
            Assert.Empty(next.ChangeTracker.Entries());
            Assert.False(next.Database.AutoSavepointsEnabled);
            reused = ReferenceEquals(first, next);
        }

        Assert.True(reused, "the context was not handed out again: contexts are not pooled");
    }

    [Fact]
    public async Task Two_scopes_at_once_never_share_a_context()
    {
        await using var one = factory.Services.CreateAsyncScope();
        await using var two = factory.Services.CreateAsyncScope();

        var a = one.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var b = two.ServiceProvider.GetRequiredService<OrdersDbContext>();

        Assert.NotSame(a, b);
        Assert.Same(a, one.ServiceProvider.GetRequiredService<Lazy<OrdersDbContext>>().Value);
        Assert.NotSame(a.ProductCacheInvalidations, b.ProductCacheInvalidations);
    }
}
