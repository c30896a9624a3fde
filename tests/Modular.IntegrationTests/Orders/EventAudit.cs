using System.Text.Json;
using Modular.Testing;

namespace Modular.IntegrationTests.Orders;

/// <summary>A queue of the test's own bound to a contract exchange, read as any RabbitMQ client would.</summary>
public sealed class EventAudit : IAsyncDisposable
{
    private readonly RabbitManagement _rabbit = new();
    private readonly List<JsonElement> _seen = [];

    private EventAudit(string queue) => Queue = queue;

    public string Queue { get; }

    public static async Task<EventAudit> BindAsync(string exchange)
    {
        var audit = new EventAudit($"tests.audit.{exchange}.{Guid.NewGuid():N}");
        await audit._rabbit.BindQueueAsync(audit.Queue, exchange);
        return audit;
    }

    /// <summary>The <c>message</c> of the first event whose <c>orderId</c> is <paramref name="orderId"/>.</summary>
    public async Task<JsonElement> ForOrderAsync(Guid orderId, TimeSpan timeout)
    {
        var envelope = await Eventually.Until(
            async () =>
            {
                _seen.AddRange(await _rabbit.TakeAsync(Queue, 100));
                return _seen.FirstOrDefault(seen => Matches(seen, orderId));
            },
            found => found.ValueKind != JsonValueKind.Undefined,
            timeout,
            $"an event of order {orderId} on {Queue}");
        return envelope.GetProperty("message");
    }

    public async Task<int> CountForOrderAsync(Guid orderId)
    {
        _seen.AddRange(await _rabbit.TakeAsync(Queue, 100));
        return _seen.Count(seen => Matches(seen, orderId));
    }

    public async ValueTask DisposeAsync()
    {
        await _rabbit.DeleteQueueAsync(Queue);
        _rabbit.Dispose();
    }

    private static bool Matches(JsonElement envelope, Guid orderId) =>
        envelope.TryGetProperty("message", out var message)
        && message.TryGetProperty("orderId", out var id)
        && id.GetGuid() == orderId;
}
