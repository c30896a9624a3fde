using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Domain.OrderUpdates;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// Two hosts on the same PostgreSQL, RabbitMQ and Redis, like two instances behind a load balancer. Their consumers
/// compete for the one notifications queue, so which instance handles an event is RabbitMQ's choice: each records
/// what it handled, and the client is connected to instance B only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RedisBackplaneTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<OrderStatusChange> _handledOnA = new();
    private readonly WebApplicationFactory<Program> _instanceA;
    private readonly WebApplicationFactory<Program> _instanceB;

    public RedisBackplaneTests()
    {
        _instanceA = Instance(_handledOnA);
        _instanceB = Instance(new ConcurrentQueue<OrderStatusChange>());
    }

    public async Task InitializeAsync()
    {
        await _instanceA.WaitUntilReadyAsync();
        await _instanceB.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _instanceA.DisposeAsync();
        await _instanceB.DisposeAsync();
    }

    [Fact]
    public async Task A_client_on_instance_B_receives_the_notifications_instance_A_raised()
    {
        var user = Guid.CreateVersion7();
        await using var clientOnB = await NotificationsHubClient.ConnectAsync(_instanceB.Server, TestTokens.For(user, "backplane@notifications.test"));
        var published = new List<Guid>();

        // Batches until A has handled a few: with competing consumers any instance may take any event.
        for (var batch = 0; batch < 10 && HandledOnA(user).Count < 3; batch++)
        {
            for (var index = 0; index < 10; index++)
            {
                var orderId = Guid.CreateVersion7();
                published.Add(orderId);
                await _instanceA.PublishAsync(OrderEvents.Placed(user, orderId));
            }

            await Eventually.Until(
                () => Task.FromResult(clientOnB.Received.Count),
                count => count >= published.Count,
                TimeSpan.FromSeconds(10),
                $"{published.Count} notifications on instance B");
        }

        var handledOnA = HandledOnA(user);
        Assert.True(handledOnA.Count >= 3, $"instance A handled {handledOnA.Count} of {published.Count} events");
        var received = clientOnB.Received.Select(notification => notification.OrderId).ToList();
        Assert.Equal(published.Order(), received.Order());
        Assert.All(handledOnA, orderId => Assert.Contains(orderId, received));
    }

    private List<Guid> HandledOnA(Guid user) =>
        [.. _handledOnA.Where(change => change.RecipientId == user).Select(change => change.OrderId)];

    private static WebApplicationFactory<Program> Instance(ConcurrentQueue<OrderStatusChange> handled) =>
        new ModularApiFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Decorate<IOrderStatusNotifier>((inner, _) => new RecordingNotifier(inner, handled))));
}
