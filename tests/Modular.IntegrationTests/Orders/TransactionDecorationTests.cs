using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Orders.CancelOrder;
using Modular.Orders.Application.Orders.ExpirePendingOrders;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.CreateProduct;
using Modular.Orders.Application.Products.UpdateProduct;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Shared.Application.Messaging;

namespace Modular.IntegrationTests.Orders;

/// <summary>The host's own registrations: the commands marked transactional, and only those, run inside the Orders transaction.</summary>
[Collection(ApiCollection.Name)]
public sealed class TransactionDecorationTests(ModularApiFactory factory)
{
    [Fact]
    public async Task Transactional_commands_and_only_they_are_decorated()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        Assert.IsType<TransactionalCommandHandler<PlaceOrderInTransactionCommand, PlacedOrder>>(
            services.GetRequiredService<ICommandHandler<PlaceOrderInTransactionCommand, PlacedOrder>>());
        // The one-round-trip placement holds no transaction of its own; only its fallback does.
        Assert.IsType<PlaceOrderHandler>(services.GetRequiredService<ICommandHandler<PlaceOrderCommand, PlacedOrder>>());
        Assert.IsType<TransactionalCommandHandler<CancelOrderCommand, OrderResponse>>(services.GetRequiredService<ICommandHandler<CancelOrderCommand, OrderResponse>>());
        Assert.IsType<TransactionalCommandHandler<ExpirePendingOrdersCommand, int>>(services.GetRequiredService<ICommandHandler<ExpirePendingOrdersCommand, int>>());
        Assert.IsType<TransactionalCommandHandler<UpdateProductCommand, ProductResponse>>(services.GetRequiredService<ICommandHandler<UpdateProductCommand, ProductResponse>>());
        Assert.IsType<CreateProductHandler>(services.GetRequiredService<ICommandHandler<CreateProductCommand, ProductResponse>>());
    }
}
