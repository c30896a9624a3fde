using Microsoft.Extensions.Logging;
using Modular.Host.Platform.Messaging;
using Modular.IntegrationTests.Platform;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class BrokerWaitLogTests
{
    [Fact]
    public async Task While_the_bus_connects_the_relay_says_so_in_at_most_one_information_line_and_warns_nothing()
    {
        var logs = new CapturedLogs();
        var id = Guid.CreateVersion7();
        await using (var host = await ProbeHost.StartAsync(logs: logs))
        {
            await host.CreateItemsAsync([(id, "first run")]);
            await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(id), count => count == 1, TimeSpan.FromSeconds(10), "the event relayed and consumed");
        }

        var ours = logs.Entries.Where(entry => entry.Category.StartsWith("Modular.", StringComparison.Ordinal)).ToList();
        Assert.Contains(ours, entry => entry.Message == "Outbox probe: relayed 0 message(s) while shutting down");
        Assert.DoesNotContain(ours, entry => entry.Level is LogLevel.Warning or LogLevel.Error or LogLevel.Critical);
        var broker = RabbitMqEndpoint.Parse(TestEnvironment.RabbitMq).Address;
        var waits = ours.Where(entry => entry.Message.Contains("RabbitMQ", StringComparison.Ordinal)).ToList();
        Assert.True(waits.Count <= 1, $"{waits.Count} lines about the broker: {string.Join(" | ", waits.Select(wait => wait.Message))}");
        Assert.All(waits, wait => Assert.Equal((LogLevel.Information, $"Outbox probe: waiting for RabbitMQ at {broker} before relaying"), (wait.Level, wait.Message)));
    }
}
