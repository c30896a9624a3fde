using Modular.ScaleOutTests.Proxy;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Clients;

/// <summary>Polling helpers of these tests, all through <see cref="Eventually"/>.</summary>
internal static class Waiting
{
    /// <summary>How long a placed order may take to be confirmed here: the payment step plus a loaded machine's margin.</summary>
    public static TimeSpan Confirmation(int paymentDelayMilliseconds = 0) => TimeSpan.FromMilliseconds(paymentDelayMilliseconds) + TimeSpan.FromSeconds(20);

    public static Task UntilStatusAsync(Shop shop, string token, Guid orderId, string status, TimeSpan timeout) =>
        Eventually.Until(() => shop.OrderStatusAsync(token, orderId), actual => actual == status, timeout, $"order {orderId} {status}");

    /// <summary>The instance that answered the request with <paramref name="correlationId"/> (its proxy log line comes just after the answer).</summary>
    public static async Task<HostProcess> InstanceAsync(NginxProxy proxy, string correlationId, IReadOnlyList<HostProcess> instances) =>
        (await Eventually.Until(
            () => Task.FromResult(proxy.InstanceThatAnswered(correlationId, instances)),
            instance => instance is not null,
            TimeSpan.FromSeconds(10),
            $"the proxy's log line of {correlationId}"))!;

    /// <summary>Until every (order, status) in <paramref name="expected"/> reached <paramref name="client"/> at least once.</summary>
    public static Task UntilPushedAsync(HubClient client, IEnumerable<(Guid OrderId, string Status)> expected, TimeSpan timeout)
    {
        var wanted = expected.ToList();
        return Eventually.Until(
            () => Task.FromResult(string.Join(", ", wanted.Where(push => client.Count(push.OrderId, push.Status) == 0))),
            missing => missing.Length == 0,
            timeout,
            $"pushes to hub connection {client.CorrelationId}");
    }
}
