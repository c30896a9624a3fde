using System.Globalization;
using System.Net;

namespace Modular.Testing.Processes;

/// <summary>
/// The built host (<see cref="HostBuild"/>) run as an OS process on a leased loopback port, configured only through
/// environment variables (<c>Section__Key</c>), as an orchestrator runs it. It can be killed, terminated and
/// started again on the same port with the same (or changed) <see cref="Settings"/>.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly ProcessWorkspace _workspace;
    private readonly PortLease _port;
    private ChildProcess? _process;
    private int _starts;

    private HostProcess(string name, ProcessWorkspace workspace, PortLease port, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        _workspace = workspace;
        _port = port;
        Settings = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.Port}",
        };
    }

    public string Name { get; }

    public int Port => _port.Port;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The environment of the next start; <c>ASPNETCORE_URLS</c> is the leased port.</summary>
    public Dictionary<string, string> Settings { get; }

    public ChildProcess? Process => _process;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The current process's log file (a new one per start: <c>&lt;name&gt;-&lt;start&gt;.log</c>).</summary>
    public string? LogFile => _process?.LogFile;

    /// <summary>Creates a host on a leased port; nothing runs until <see cref="Start"/>.</summary>
    public static HostProcess Create(string name, ProcessWorkspace workspace, IReadOnlyDictionary<string, string> settings) =>
        new(name, workspace, LoopbackPorts.Lease(), settings);

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running (pid {_process!.Id})");
        }

        _starts++;
        var environment = Settings.ToDictionary(setting => setting.Key, setting => (string?)setting.Value);
        _process = ChildProcess.Start(
            Name,
            "dotnet",
            [HostBuild.AssemblyPath],
            environment,
            _workspace.LogFile($"{Name}-{_starts.ToString(CultureInfo.InvariantCulture)}"),
            HostBuild.Directory);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; throws with the host's last output if it exits or the time runs out.</summary>
    public async Task WaitUntilAsync(string path, TimeSpan timeout)
    {
        if (_process is null)
        {
            throw new InvalidOperationException($"{Name} has not been started");
        }

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await StartupWait.UntilReadyAsync(_process, $"{Name}: {path} answering 200", timeout, async () =>
        {
            try
            {
                using var response = await client.GetAsync(path);
                return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return exception.Message;
            }
        });
    }

    public Task WaitUntilReadyAsync(TimeSpan timeout) => WaitUntilAsync("/health/ready", timeout);

    /// <summary>SIGKILL: the process is gone at once, mid-request, mid-transaction, mid-publish.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(UnixSignal.Kill, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>SIGTERM, then waits for the exit (SIGKILL after <paramref name="grace"/>); returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan grace)
    {
        if (_process is null)
        {
            return 0;
        }

        await _process.StopAsync(UnixSignal.Terminate, grace);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _port.Dispose();
    }

    public override string ToString() => $"{Name} on {BaseAddress}";
}
