using System.Collections.Concurrent;

namespace Modular.Testing.Probe;

/// <summary>
/// Holds the probe handler on an item whose payload is <see cref="ProbeHappened.Held"/> until the test opens its gate or
/// the delivery's cancellation token fires: a slow handler, while its host stops.
/// </summary>
public static class ProbeGate
{
    private static readonly ConcurrentDictionary<Guid, Gate> Gates = new();

    /// <summary>How many times a handler has reached the gate of <paramref name="itemId"/>.</summary>
    public static int Arrivals(Guid itemId) => For(itemId).Arrivals;

    /// <summary>Closes the gate of <paramref name="itemId"/> before its event is published.</summary>
    public static void Close(Guid itemId) => Gates.TryAdd(itemId, new Gate());

    public static void Open(Guid itemId) => For(itemId).Opened.TrySetResult();

    /// <summary>Waits at a gate this process closed; an event left on the queue by an earlier test run passes.</summary>
    internal static Task PassAsync(Guid itemId)
    {
        if (!Gates.TryGetValue(itemId, out var gate))
        {
            return Task.CompletedTask;
        }

        gate.Arrive();
        return gate.Opened.Task;
    }

    private static Gate For(Guid itemId) => Gates.GetOrAdd(itemId, _ => new Gate());

    private sealed class Gate
    {
        private int _arrivals;

        public int Arrivals => Volatile.Read(ref _arrivals);

        public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arrive() => Interlocked.Increment(ref _arrivals);
    }
}
