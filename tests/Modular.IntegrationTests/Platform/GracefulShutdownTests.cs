using System.Diagnostics;
using Modular.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Modular.IntegrationTests.Platform;

/// <summary>The real host process, signalled like an orchestrator would: it drains, flushes and exits 0.</summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int ConcurrentRequests = 120;

    [Fact]
    public async Task Sigterm_finishes_every_accepted_request_then_exits_zero()
    {
        await using var host = HostProcess.Start(("ShutdownTimeoutSeconds", "20"));
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        // Every connection is open and every request written before the signal: all of them were accepted.
        var exchanges = await Task.WhenAll(Enumerable.Range(0, ConcurrentRequests).Select(_ => RawHttpExchange.ConnectAsync(host.Port)));
        await Task.WhenAll(exchanges.Select(exchange => exchange.SendAsync("GET", "/health/ready", host.Port)));
        var receiving = exchanges.Select(exchange => exchange.ReceiveAsync()).ToList();
        await Task.WhenAny(receiving);
        var signalledAt = Stopwatch.GetTimestamp();
        await host.TerminateAsync();

        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await Task.WhenAll(receiving).WaitAsync(TimeSpan.FromSeconds(10));

        var log = string.Join('\n', host.Output);
        var inFlight = exchanges.Count(exchange => exchange.CompletedAt > signalledAt);
        output.WriteLine($"{inFlight} of {ConcurrentRequests} requests were answered after SIGTERM; exit code {(exited ? host.ExitCode : -1)}");
        output.WriteLine(host.Output.LastOrDefault(line => line.Contains("Graceful shutdown complete", StringComparison.Ordinal)) ?? "no shutdown line");
        Assert.True(exited, $"the host did not exit within 30 s of SIGTERM:\n{log}");
        Assert.Equal(0, host.ExitCode);
        var failed = exchanges.Where(exchange => !exchange.Complete).Select(exchange => exchange.Failure).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {ConcurrentRequests} requests got no complete answer: {string.Join("; ", failed.Distinct())}");
        Assert.All(exchanges, exchange => Assert.Contains(exchange.Status, new[] { 200, 503 }));
        Assert.True(inFlight > 0, "every request was answered before the signal: nothing was in flight");
        Assert.Contains("Graceful shutdown started: no new connections, draining in-flight work for up to 20 s", log, StringComparison.Ordinal);
        Assert.Contains("Graceful shutdown complete in", log, StringComparison.Ordinal);
        Assert.Contains("Application is shutting down", log, StringComparison.Ordinal);
        foreach (var exchange in exchanges)
        {
            exchange.Dispose();
        }
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header_and_refuses_bad_input_before_any_endpoint()
    {
        await using var host = HostProcess.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        var plain = await ExchangeAsync(host, "GET", "/health/live");
        var oversized = await ExchangeAsync(host, "POST", "/health/live", "Content-Type: application/json\r\nContent-Length: 2000000\r\n");
        var nulInPath = await ExchangeAsync(host, "GET", "/api/users/%00");
        var surrogateInPath = await ExchangeAsync(host, "GET", "/api/users/%ED%A0%80");
        var nulInQuery = await ExchangeAsync(host, "GET", "/api/products?search=a%00b");

        Assert.Equal(200, plain.Status);
        Assert.DoesNotContain("\r\nServer:", plain.Head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r\nX-Powered-By:", plain.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\r\nX-Content-Type-Options: nosniff", plain.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\r\nStrict-Transport-Security:", plain.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\r\nX-Correlation-Id:", plain.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(413, oversized.Status);
        Assert.Contains("application/problem+json", oversized.Head, StringComparison.OrdinalIgnoreCase);
        // Kestrel refuses a NUL in the path itself, before the application sees the request (no body there).
        Assert.Equal(400, nulInPath.Status);
        Assert.Equal(400, surrogateInPath.Status);
        Assert.Contains("application/problem+json", surrogateInPath.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(400, nulInQuery.Status);
        Assert.Contains("application/problem+json", nulInQuery.Head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Settings the host reads while it is built, before its own check of the options: each once crashed the process with
    /// an unhandled exception (a stack trace and SIGABRT, exit 134) instead of the one line the README promises.
    /// </summary>
    [Theory]
    [InlineData("Jwt__SigningKey", "", "Jwt:SigningKey")]
    [InlineData("Http__MaxRequestBodyBytes", "0", "Http:MaxRequestBodyBytes")]
    [InlineData("Http__MaxRequestBodyBytes", "abc", "Http:MaxRequestBodyBytes")]
    [InlineData("Http__TrustedProxies", "garbage/99", "Http:TrustedProxies")]
    [InlineData("Logging__LogLevel__Default", "Loud", "'Loud'")]
    [InlineData("Otlp__Endpoint", "notaurl", "Otlp:Endpoint")]
    public async Task An_invalid_setting_stops_the_process_with_exit_code_2_and_one_line_naming_it(string variable, string value, string named)
    {
        await using var host = HostProcess.Start((variable, value));

        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exited, $"the host kept running with {variable}={value}");
        var lines = host.Output;
        Assert.Equal(2, host.ExitCode);
        var line = Assert.Single(lines, line => line.Contains(named, StringComparison.Ordinal));
        Assert.Contains("Invalid configuration", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_does_not_exist_stops_the_process_with_exit_code_1_and_one_line_saying_so()
    {
        var missing = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = $"missing_{Guid.NewGuid():N}" };
        await using var host = HostProcess.Start(("ConnectionStrings__Postgres", missing.ConnectionString));

        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exited, "the host kept running without its database");
        var lines = host.Output;
        Assert.Equal(1, host.ExitCode);
        var line = Assert.Single(lines, line => line.StartsWith("The host could not start", StringComparison.Ordinal));
        Assert.Contains("does not exist", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private static async Task<RawHttpExchange> ExchangeAsync(HostProcess host, string method, string path, string extraHeaders = "")
    {
        using var exchange = await RawHttpExchange.ConnectAsync(host.Port);
        await exchange.SendAsync(method, path, host.Port, extraHeaders);
        await exchange.ReceiveAsync();
        return exchange;
    }
}
