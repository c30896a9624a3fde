using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Modular.Testing.Processes;

namespace Modular.ScaleOutTests.Proxy;

/// <summary>
/// nginx in front of the hosts, as a foreground process of the test: the repository's <c>deploy/nginx/modular.conf</c>,
/// with this test's listen address and upstream servers written beside it in the workspace (the files that differ per
/// deployment), and an access log that names the instance behind each request.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private const string HeadersMoreModule = "/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so";

    private readonly ChildProcess _process;
    private readonly PortLease _port;

    private NginxProxy(ChildProcess process, PortLease port, string accessLog)
    {
        _process = process;
        _port = port;
        AccessLog = accessLog;
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{_port.Port}");

    public string AccessLog { get; }

    public static async Task<NginxProxy> StartAsync(ProcessWorkspace workspace, ProxyRoutes routes)
    {
        if (!File.Exists(HeadersMoreModule) || Executable() is null)
        {
            throw new InvalidOperationException("nginx and its headers-more module are not installed: run scripts/services.sh tools (scripts/test.sh does)");
        }

        var port = LoopbackPorts.Lease();
        var directory = workspace.Folder("nginx");
        var configuration = WriteConfiguration(directory, port.Port, routes);
        var process = ChildProcess.Start("nginx", Executable()!, ["-p", $"{directory}/", "-c", configuration], new Dictionary<string, string?>(), workspace.LogFile("nginx"), directory);
        var proxy = new NginxProxy(process, port, Path.Combine(directory, "access.log"));
        try
        {
            await proxy.WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    /// <summary>The access log so far; a line is written when its request completes (a WebSocket: when it closes).</summary>
    public IReadOnlyList<ProxyLogLine> Requests()
    {
        if (!File.Exists(AccessLog))
        {
            return [];
        }

        using var stream = new FileStream(AccessLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<ProxyLogLine>();
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            lines.Add(new ProxyLogLine(
                root.GetProperty("method").GetString()!,
                root.GetProperty("path").GetString()!,
                int.Parse(root.GetProperty("status").ToString(), CultureInfo.InvariantCulture),
                root.GetProperty("upstream").GetString()!,
                root.GetProperty("correlationId").GetString()!));
        }

        return lines;
    }

    /// <summary>The instance among <paramref name="hosts"/> that answered the request sent with <paramref name="correlationId"/>.</summary>
    public HostProcess? InstanceThatAnswered(string correlationId, IEnumerable<HostProcess> hosts)
    {
        var port = Requests().LastOrDefault(line => line.CorrelationId == correlationId)?.UpstreamPort;
        return hosts.FirstOrDefault(host => host.Port == port);
    }

    public async ValueTask DisposeAsync()
    {
        // One process (master_process off): nothing is left behind when it goes.
        await _process.StopAsync(UnixSignal.Terminate, TimeSpan.FromSeconds(10));
        await _process.DisposeAsync();
        _port.Dispose();
    }

    private static string? Executable() =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    private static string WriteConfiguration(string directory, int port, ProxyRoutes routes)
    {
        var servers = Path.Combine(directory, "modular", "servers");
        Directory.CreateDirectory(servers);
        var temp = Path.Combine(directory, "temp");
        Directory.CreateDirectory(temp);
        File.WriteAllText(Path.Combine(directory, "modular", "listen.conf"), $"listen 127.0.0.1:{port};\n");
        foreach (var (upstream, hosts) in routes.Upstreams)
        {
            var lines = hosts.Select(host => $"server 127.0.0.1:{host.Port.ToString(CultureInfo.InvariantCulture)};\n");
            File.WriteAllText(Path.Combine(servers, $"{upstream}.conf"), string.Concat(lines));
        }

        // The main file is this test's (process model, files); everything an operator would deploy comes from the repository.
        var main = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"load_module {HeadersMoreModule};")
            .AppendLine("daemon off;")
            .AppendLine("master_process off;")
            .AppendLine(CultureInfo.InvariantCulture, $"pid {directory}/nginx.pid;")
            .AppendLine("error_log stderr notice;")
            .AppendLine("events { worker_connections 1024; }")
            .AppendLine("http {")
            .AppendLine(CultureInfo.InvariantCulture, $"  client_body_temp_path {temp}/body;")
            .AppendLine(CultureInfo.InvariantCulture, $"  proxy_temp_path {temp}/proxy;")
            .AppendLine(CultureInfo.InvariantCulture, $"  fastcgi_temp_path {temp}/fastcgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"  uwsgi_temp_path {temp}/uwsgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"  scgi_temp_path {temp}/scgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"  include {Repository.NginxConfiguration};")
            .AppendLine(CultureInfo.InvariantCulture, $"  access_log {directory}/access.log modular;")
            .AppendLine("}")
            .ToString();
        var path = Path.Combine(directory, "nginx.conf");
        File.WriteAllText(path, main);
        return path;
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        await StartupWait.UntilReadyAsync(_process, $"nginx on port {_port.Port}", timeout, async () =>
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await probe.ConnectAsync(System.Net.IPAddress.Loopback, _port.Port);
                return null;
            }
            catch (SocketException exception)
            {
                return exception.Message;
            }
        });
    }
}
