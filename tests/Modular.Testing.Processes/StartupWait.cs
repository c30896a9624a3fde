namespace Modular.Testing.Processes;

/// <summary>
/// The one way the harness waits for a server it started (PostgreSQL, RabbitMQ and its epmd, Redis, the host, nginx):
/// asks a probe every <see cref="Step"/> until it answers ready, fails at once when the process has exited, and past the
/// deadline throws <see cref="TimeoutException"/> naming the probe's last answer and the process's last output.
/// </summary>
public static class StartupWait
{
    /// <summary>Time between two probes: short against start-ups of 0.2-15 s, long against a probe's cost.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    /// <param name="process">The server's process, checked before every probe; null when there is none to watch.</param>
    /// <param name="what">What is waited for, first words of the exception.</param>
    /// <param name="timeout">Longest wait.</param>
    /// <param name="probe">Null when ready, else what is still missing (a status, an error message).</param>
    public static async Task UntilReadyAsync(ChildProcess? process, string what, TimeSpan timeout, Func<Task<string?>> probe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"{what}: the process exited: {process.Describe()}");
            }

            var missing = await probe();
            if (missing is null)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: not ready within {timeout.TotalSeconds:0.#} s (last: {missing}): {process?.Describe()}");
            }

            await Task.Delay(Step);
        }
    }
}
