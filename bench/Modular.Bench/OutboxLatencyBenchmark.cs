using System.Diagnostics;
using System.Globalization;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.Bench;

/// <summary>Commits events one at a time at a steady rate and measures commit-to-consumer latency of each.</summary>
internal static class OutboxLatencyBenchmark
{
    public static async Task RunAsync(int events, int perSecond)
    {
        await ProbeSchema.RecreateAsync();
        await using var host = await ProbeHost.StartAsync();
        await host.CreateItemsAsync([(Guid.CreateVersion7(), "warm-up")]);
        await Eventually.Until(() => BenchDatabase.ScalarAsync("SELECT count(*) FROM probe.probe_receipt"), count => count >= 1, TimeSpan.FromSeconds(30), "warm-up");
        await ProbeSchema.ExecuteAsync("TRUNCATE probe.probe_receipt");

        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < events; index++)
        {
            var due = interval * index;
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            await host.CreateItemsAsync([(Guid.CreateVersion7(), "latency")]);
        }

        await Eventually.Until(() => BenchDatabase.ScalarAsync("SELECT count(*) FROM probe.probe_receipt"), count => count >= events, TimeSpan.FromMinutes(2), "all events consumed");
        const string Latency = "extract(epoch FROM received_at - occurred_at) * 1000";
        var p50 = await BenchDatabase.ScalarAsync($"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY {Latency}) FROM probe.probe_receipt");
        var p99 = await BenchDatabase.ScalarAsync($"SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY {Latency}) FROM probe.probe_receipt");
        var max = await BenchDatabase.ScalarAsync($"SELECT max({Latency}) FROM probe.probe_receipt");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"latency: {events} events at {perSecond}/s, commit-to-consumer p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {max:0.0} ms"));
    }
}
