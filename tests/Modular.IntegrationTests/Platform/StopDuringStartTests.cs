using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// SIGTERM at any moment of start-up, as when an orchestrator scales down a pod it has just scheduled: the process stops
/// and exits 0 (the contract's "SIGTERM ... exits 0"). Before, a signal while the host was built or migrated ended it by
/// the signal (exit 143), and one while the hosted services started cancelled their start ("Hosting failed to start",
/// exit 1).
/// </summary>
public sealed class StopDuringStartTests
{
    [Theory]
    [InlineData("Modules running in this process")] // building the host
    [InlineData("schema identity migrated")] // between two modules' migrations
    [InlineData("Cache invalidations: listening")] // the hosted services starting
    [InlineData("Now listening on")] // Kestrel bound, the bus maybe still connecting
    public async Task Sigterm_while_the_host_starts_stops_it_with_exit_code_zero(string signalAfter)
    {
        // The default stop budget (30 s), and a deadline well inside it: a stop right after Kestrel bound could wait for the
        // bus's cancelled start until the budget ran out (MassTransit's endpoint still waiting for its connection; about
        // one stop in six); that wait is now bounded by 5 s (BusLifetime.StartUnwindBound).
        await using var host = HostProcess.Start();
        await Eventually.Until(
            () => Task.FromResult(host.Output),
            lines => host.HasExited || lines.Any(line => line.Contains(signalAfter, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(90),
            $"the host to log '{signalAfter}'");
        Assert.False(host.HasExited, $"the host exited before the signal:\n{string.Join('\n', host.Output)}");

        await host.TerminateAsync();
        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(20));

        var log = string.Join('\n', host.Output);
        Assert.True(exited, $"the host did not exit within 20 s of SIGTERM (its stop budget is 30 s):\n{log}");
        Assert.True(host.ExitCode == 0, $"exit code {host.ExitCode}:\n{log}");
        // Which of the two ends depends on how far the start got before the signal landed.
        Assert.True(
            log.Contains("Stopped by a signal before serving", StringComparison.Ordinal) || log.Contains("Graceful shutdown complete", StringComparison.Ordinal),
            $"neither end of a stop was logged:\n{log}");
        Assert.DoesNotContain("Hosting failed to start", log, StringComparison.Ordinal);
        Assert.DoesNotContain("\"LogLevel\":\"Critical\"", log, StringComparison.Ordinal);
    }
}
