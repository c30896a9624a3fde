using System.Globalization;

namespace Modular.FaultTests.Harness;

/// <summary>
/// How many scenarios run at once (each with its own servers and host): <c>MODULAR_FAULT_PARALLELISM</c>, default 3.
/// More finishes sooner but shares two cores among more brokers, hosts and loads, which stretches every timing the
/// scenarios measure; fewer measures cleaner figures and takes longer.
/// </summary>
internal static class ScenarioSlots
{
    public static int Parallelism { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("MODULAR_FAULT_PARALLELISM"), NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured > 0
            ? configured
            : 3;

    // After Parallelism: static fields initialise in declaration order.
    private static readonly SemaphoreSlim Slots = new(Parallelism, Parallelism);

    public static async Task<IDisposable> EnterAsync()
    {
        await Slots.WaitAsync();
        return new Slot();
    }

    private sealed class Slot : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Slots.Release();
            }
        }
    }
}
