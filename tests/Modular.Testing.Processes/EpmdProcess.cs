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
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await LoopbackTcp.AcceptsAsync(port))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"epmd did not start: {_process.Describe()}");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
