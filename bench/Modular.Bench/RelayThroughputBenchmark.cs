using System.Diagnostics;
using System.Globalization;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.Bench;

/// <summary>Builds a backlog while the broker is unreachable, then times the relay draining it to RabbitMQ.</summary>
internal static class RelayThroughputBenchmark
{
    public static async Task RunAsync(int backlog)
    {
        await ProbeSchema.RecreateAsync();
        await using (var cutOff = await ProbeHost.StartAsync("amqp://modular:modular@127.0.0.1:1/"))
        {
            foreach (var chunk in Enumerable.Range(0, backlog).Chunk(1000))
            {
                await cutOff.CreateItemsAsync(chunk.Select(_ => (Guid.CreateVersion7(), "throughput")));
            }
        }

        const string Pending = "SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL";
        var pending = await BenchDatabase.ScalarAsync(Pending);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: backlog of {pending} rows"));
        var clock = Stopwatch.StartNew();
        await using var host = await ProbeHost.StartAsync();
        await Eventually.Until(() => BenchDatabase.ScalarAsync(Pending), pending => pending == 0, TimeSpan.FromMinutes(5), "backlog relayed");
        var elapsed = clock.Elapsed;
        var relaySeconds = await BenchDatabase.ScalarAsync("SELECT extract(epoch FROM max(processed_at) - min(processed_at)) FROM probe.outbox_messages");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"throughput: {backlog} events relayed in {elapsed.TotalSeconds:0.00} s including host start ({backlog / elapsed.TotalSeconds:0} events/s); first-to-last publish {relaySeconds:0.00} s ({backlog / Math.Max(relaySeconds, 0.001):0} events/s)"));
    }
}
