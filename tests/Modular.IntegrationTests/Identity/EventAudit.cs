using System.Text.Json;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>A queue of the test's own bound to a contract exchange, as any outside RabbitMQ client would bind one.</summary>
internal sealed class EventAudit : IAsyncDisposable
{
    private readonly RabbitManagement _rabbit = new();
    private readonly string _queue = $"test-audit-{Guid.NewGuid():N}";
    private readonly List<JsonElement> _seen = [];

    private EventAudit()
    {
    }

    public static async Task<EventAudit> BindAsync(string exchange)
    {
        var audit = new EventAudit();
        await audit._rabbit.BindQueueAsync(audit._queue, exchange);
        return audit;
    }

    /// <summary>Waits for the first envelope whose <c>message</c> matches, and answers that <c>message</c>.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var found = await Eventually.Until(
            async () =>
            {
                _seen.AddRange(await _rabbit.TakeAsync(_queue, 500));
                return _seen.Select(envelope => envelope.GetProperty("message")).Where(match).ToList();
            },
            matches => matches.Count > 0,
            timeout,
            "the event on the audit queue");
        return found[0];
    }

    public async Task<int> CountAsync(Func<JsonElement, bool> match)
    {
        _seen.AddRange(await _rabbit.TakeAsync(_queue, 500));
        return _seen.Select(envelope => envelope.GetProperty("message")).Count(match);
    }

    public async ValueTask DisposeAsync()
    {
        await _rabbit.DeleteQueueAsync(_queue);
        _rabbit.Dispose();
    }
}
