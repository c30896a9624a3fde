using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// The built host (<c>Modular.Host.dll</c>) run as its own process on a free loopback port, Production-like, on the
/// test services: what an orchestrator starts and signals.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, line) => Capture(line.Data);
        process.ErrorDataReceived += (_, line) => Capture(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<string> Output => [.. _output];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static HostProcess Start(params (string Key, string Value)[] overrides)
    {
        var port = FreePort();
        var hostDirectory = HostDirectory();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(hostDirectory, "Modular.Host.dll")])
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Postgres"] = TestEnvironment.Postgres,
            ["ConnectionStrings__RabbitMq"] = TestEnvironment.RabbitMq,
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Jwt__SigningKey"] = TestEnvironment.JwtSigningKey,
            ["Jwt__Issuer"] = TestEnvironment.JwtIssuer,
            ["Jwt__Audience"] = TestEnvironment.JwtAudience,
            ["Database__MigrateOnStartup"] = "true",
            ["RateLimiting__Enabled"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.Until(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{string.Join('\n', Output)}");
                }

                try
                {
                    return (await client.GetAsync("/health/ready")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            },
            status => status == HttpStatusCode.OK,
            timeout,
            "the host process to be ready");
    }

    /// <summary>What an orchestrator sends: SIGTERM, through the system's own <c>kill</c>.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host's own build output next to this test assembly's (same configuration and framework).</summary>
    private static string HostDirectory()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testDirectory.Name;
        var configuration = testDirectory.Parent!.Name;
        var root = testDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Modular.sln")))
        {
            root = root.Parent;
        }

        var directory = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Modular.sln not found above the tests"), "src", "Host", "Modular.Host", "bin", configuration, framework);
        return File.Exists(Path.Combine(directory, "Modular.Host.dll"))
            ? directory
            : throw new InvalidOperationException($"Modular.Host.dll is not built in {directory}");
    }
}
