namespace Modular.Testing;

/// <summary>Waits for eventual consistency by polling with a deadline; never a bare sleep.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}; last value: {last}");
            }

            await Task.Delay(25);
            last = await probe();
        }

        return last;
    }
}
