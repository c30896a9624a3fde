using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>
/// Closed-loop load on POST /api/orders: <c>clients</c> concurrent callers, each placing orders of
/// <c>items</c> distinct products (drawn from <c>products</c>, so fewer products mean hotter rows) back to back
/// for <c>seconds</c> after a 2-second warm-up, each as its own user.
/// Reports orders placed per second and the latency percentiles of the 201 answers.
/// </summary>
internal static class OrderPlacementBenchmark
{
    public static async Task RunAsync(int clients, int seconds, int items, int productCount, Uri? target)
    {
        await using var host = target is null ? new BenchHostFactory() : null;
        using var http = host?.CreateClient() ?? new HttpClient { BaseAddress = target };
        var products = await CreateProductsAsync(http, productCount);

        await RunForAsync(http, products, clients, TimeSpan.FromSeconds(2), items);
        var (latencies, failures, elapsed) = await RunForAsync(http, products, clients, TimeSpan.FromSeconds(seconds), items);

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"orders: {clients} clients, {items} items per order over {productCount} products, {elapsed.TotalSeconds:0.0} s ({(target is null ? "in-process host" : target.ToString())}): " +
            $"{latencies.Count} placed, {latencies.Count / elapsed.TotalSeconds:0.0} orders/s, p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, " +
            $"max {(latencies.Count == 0 ? 0 : latencies[^1]):0.0} ms, {failures} failed"));
    }

    private static async Task<List<Guid>> CreateProductsAsync(HttpClient http, int count)
    {
        var admin = TestTokens.Admin(Guid.CreateVersion7());
        var ids = new List<Guid>();
        for (var index = 0; index < count; index++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/products")
            {
                Content = JsonContent.Create(new { sku = $"bench-{Guid.NewGuid():N}", name = $"Bench product {index}", price = 9.99m, stock = 1_000_000 }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("id").GetGuid());
        }

        return ids;
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> RunForAsync(
        HttpClient http, List<Guid> products, int clients, TimeSpan duration, int items)
    {
        var latencies = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var token = TestTokens.For(Guid.CreateVersion7(), $"bench-{client}@tests.local");
            var random = new Random(client);
            while (clock.Elapsed < duration)
            {
                var lines = products.OrderBy(_ => random.Next()).Take(items).Select(id => new { productId = id, quantity = 1 }).ToArray();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(new { items = lines }) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        latencies.Add(elapsed);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }));
        return (latencies, failures, clock.Elapsed);
    }
}
