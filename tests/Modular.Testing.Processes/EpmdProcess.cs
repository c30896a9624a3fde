using System.Globalization;

namespace Modular.Testing.Processes;

/// <summary>
/// The Erlang port mapper of one broker, on its own port and as a child of the test: not the daemon Erlang would
/// start by itself and leave behind (and, orphaned, a zombie nobody reaps).
/// </summary>
internal sealed class EpmdProcess(ProcessWorkspace workspace, int port) : IAsyncDisposable
{
    private ChildProcess? _process;

    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = ChildProcess.Start(
            $"epmd:{port}",
            "epmd",
            ["-port", port.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"],
            new Dictionary<string, string?>(),
            workspace.LogFile($"epmd-{port}"));
        await StartupWait.UntilReadyAsync(_process, $"epmd on port {port}", TimeSpan.FromSeconds(10), async () =>
            await LoopbackTcp.AcceptsAsync(port) ? null : "not listening");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
