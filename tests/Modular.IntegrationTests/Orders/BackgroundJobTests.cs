using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Orders.Application.Orders.ExpirePendingOrders;
using Modular.Shared.Application.Messaging;

namespace Modular.IntegrationTests.Orders;

[Collection(ApiCollection.Name)]
public sealed class BackgroundJobTests(ModularApiFactory factory)
{
    private readonly OrdersApi _api = new(factory.CreateClient());

    [Fact]
    public async Task Orders_pending_past_the_timeout_are_cancelled_with_their_stock_restored_and_fresh_ones_stay()
    {
        var product = await _api.CreateProductIdAsync("timeout", 1m, 10);
        var user = OrdersApi.NewUser();
        var stale = await OrdersDatabase.InsertPendingOrderAsync(user, product, 3, TimeSpan.FromHours(2));
        var fresh = await OrdersDatabase.InsertPendingOrderAsync(user, product, 2, TimeSpan.Zero);
        Assert.Equal(5, await _api.StockAsync(product));

        // What the recurring job runs at each tick, run now instead of waiting for its interval.
        int cancelled;
        do
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ICommandHandler<ExpirePendingOrdersCommand, int>>()
                .HandleAsync(new ExpirePendingOrdersCommand(100), CancellationToken.None);
            Assert.True(result.IsSuccess);
            cancelled = result.Value;
        }
        while (cancelled == 100);

        Assert.Equal("cancelled", (await _api.GetOrderAsync(stale, user)).GetProperty("status").GetString());
        Assert.Equal("pending", (await _api.GetOrderAsync(fresh, user)).GetProperty("status").GetString());
        Assert.Equal(8, await _api.StockAsync(product));
        await OrdersApi.ReadAsync(await _api.SendAsync(HttpMethod.Post, $"/api/orders/{fresh}/cancel", user), HttpStatusCode.OK);
    }
}
