using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.IntegrationEvents;
using Modular.Testing;
using Modular.Testing.Notifications;

namespace Modular.Bench;

/// <summary>
/// Publishes order events at a steady rate and times each from its publication (its OccurredAt) to the arrival of
/// <c>orderStatusChanged</c> at a SignalR client over WebSockets: RabbitMQ, the inbox consumer, the Redis backplane.
/// </summary>
internal static class NotificationLatencyBenchmark
{
    public static async Task RunAsync(int events, int perSecond)
    {
        await using var host = new BenchHostFactory();
        using var http = host.CreateClient();
        await Eventually.Until(async () => (await http.GetAsync("/health/ready")).IsSuccessStatusCode, ready => ready, TimeSpan.FromSeconds(60), "host readiness");
        var user = Guid.CreateVersion7();
        await using var client = await NotificationsHubClient.ConnectAsync(host.Server, TestTokens.For(user, "bench@notifications.test"));
        var bus = host.Services.GetRequiredService<IPublishEndpoint>();

        var warmUp = Guid.CreateVersion7();
        await bus.Publish(Placed(user, warmUp));
        await client.WaitForAsync(warmUp, "pending", TimeSpan.FromSeconds(30));

        var orders = new List<Guid>(events);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < events; index++)
        {
            var due = interval * index;
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var orderId = Guid.CreateVersion7();
            orders.Add(orderId);
            await bus.Publish(Placed(user, orderId));
        }

        var measured = orders.ToHashSet();
        var received = await Eventually.Until(
            () => Task.FromResult(client.Received.Where(notification => measured.Contains(notification.OrderId)).ToList()),
            arrived => arrived.Count >= events,
            TimeSpan.FromMinutes(2),
            "every notification");
        var latencies = received.Select(notification => (notification.ReceivedAt - notification.OccurredAt).TotalMilliseconds).Order().ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"notifications: {events} events at {perSecond}/s, publish-to-client p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies[^1]:0.0} ms, duplicates {received.Count - events}"));
    }

    private static OrderPlaced Placed(Guid user, Guid orderId) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, orderId, user, 10m, [new OrderPlacedItem(Guid.CreateVersion7(), 1, 10m)]);

    // Nearest rank: the smallest value with at least that share of the samples at or below it.
    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
