using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.IntegrationEvents;
using Modular.Shared.Kernel.Time;
using Modular.Testing;

namespace Modular.IntegrationTests.Notifications;

/// <summary>
/// The Orders module's events as it publishes them, put on the bus by the tests themselves: the notifications do not
/// depend on how an order was placed, only on these events arriving.
/// </summary>
internal static class OrderEvents
{
    public static OrderPlaced Placed(Guid userId, Guid orderId) =>
        new(Guid.CreateVersion7(), MicrosecondClock.Default.GetUtcNow(), orderId, userId, 12.50m, [new OrderPlacedItem(Guid.CreateVersion7(), 1, 12.50m)]);

    public static OrderConfirmed Confirmed(Guid userId, Guid orderId) => new(Guid.CreateVersion7(), MicrosecondClock.Default.GetUtcNow(), orderId, userId);

    public static OrderCancelled Cancelled(Guid userId, Guid orderId) => new(Guid.CreateVersion7(), MicrosecondClock.Default.GetUtcNow(), orderId, userId, "requested by the customer");

    public static Task PublishAsync<TEvent>(this WebApplicationFactory<Program> host, TEvent integrationEvent)
        where TEvent : class =>
        host.Services.GetRequiredService<IPublishEndpoint>().Publish(integrationEvent);

    /// <summary>Ready means the bus has bound every queue: an event published earlier could find no queue on a fresh broker.</summary>
    public static async Task WaitUntilReadyAsync(this WebApplicationFactory<Program> host)
    {
        using var client = host.CreateClient();
        await Eventually.Until(
            async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode, ready => ready, TimeSpan.FromSeconds(60), "host readiness");
    }
}
