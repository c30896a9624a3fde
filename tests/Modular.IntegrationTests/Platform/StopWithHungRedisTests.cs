using System.Globalization;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// SIGTERM while Redis hangs (a partition, or the server paused): the graceful shutdown completes, and releasing the
/// services after it, where SignalR's Redis backplane unsubscribes synchronously and times out, must not turn the exit
/// code into a failed start's 1 (the contract's "SIGTERM ... exits 0"; found by a probe with Redis under SIGSTOP).
/// </summary>
public sealed class StopWithHungRedisTests
{
    [Fact]
    public async Task Sigterm_while_redis_hangs_exits_zero_after_the_graceful_shutdown()
    {
        var redisPort = int.Parse(TestEnvironment.Redis.Split(',')[0].Split(':')[1], CultureInfo.InvariantCulture);
        await using var link = TcpForwarder.Start(redisPort);
        await using var host = HostProcess.Start(("ConnectionStrings__Redis", $"127.0.0.1:{link.Port}"));
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        link.Partition();
        await host.TerminateAsync();
        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(45));

        var log = string.Join('\n', host.Output);
        Assert.True(exited, $"the host did not exit within 45 s of SIGTERM:\n{log}");
        Assert.True(host.ExitCode == 0, $"exit code {host.ExitCode}:\n{log}");
        Assert.Contains("Graceful shutdown complete", log, StringComparison.Ordinal);
        Assert.DoesNotContain("could not start", log, StringComparison.Ordinal);
    }
}
