using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.IntegrationEvents;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>
/// Register-to-readable delay: publishes <c>identity.user-registered</c> (as Identity does after a registration) and
/// polls GET /api/users/{id} every 2 ms until it answers 200. One user at a time, on an otherwise idle host.
/// </summary>
internal static class UsersReadableBenchmark
{
    public static async Task RunAsync(int users)
    {
        await using var factory = new BenchHostFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(Guid.CreateVersion7()));
        var bus = factory.Services.GetRequiredService<IBusControl>();
        await Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus ready");

        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            await MeasureAsync(client, bus);
        }

        var delays = new List<double>(users);
        for (var index = 0; index < users; index++)
        {
            delays.Add(await MeasureAsync(client, bus));
        }

        delays.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"users-readable: {users} users, publish-to-GET-200 p50 {Percentile(delays, 0.50):0.0} ms, p99 {Percentile(delays, 0.99):0.0} ms, max {delays[^1]:0.0} ms"));
    }

    private static async Task<double> MeasureAsync(HttpClient client, IBus bus)
    {
        var userId = Guid.CreateVersion7();
        var started = Stopwatch.GetTimestamp();
        await bus.Publish(new UserRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, userId, "Bench User", $"bench-{userId:N}@bench.invalid"));
        var deadline = TimeSpan.FromSeconds(30);
        while ((await client.GetAsync($"/api/users/{userId}")).StatusCode != HttpStatusCode.OK)
        {
            if (Stopwatch.GetElapsedTime(started) > deadline)
            {
                throw new TimeoutException($"Profile {userId} not readable after {deadline.TotalSeconds} s.");
            }

            await Task.Delay(2);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
