using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modular.IntegrationTests.Platform;

/// <summary>What an operator reads on the console of the host process: <c>Logging:Format</c> picks JSON lines or text lines.</summary>
public sealed partial class LogFormatTests
{
    [Fact]
    public async Task Text_format_writes_one_readable_line_per_event_with_its_scopes()
    {
        await using var host = HostProcess.Start(("Logging__Format", "text"));
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using (var client = new HttpClient { BaseAddress = host.BaseAddress })
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/health/live"))
        {
            request.Headers.Add("X-Correlation-Id", "log-format-test");
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await host.TerminateAsync();
        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the host did not stop");

        var lines = host.Output;
        var log = string.Join('\n', lines);
        Assert.DoesNotContain(lines, line => line.StartsWith('{'));
        Assert.Contains(lines, line => ListeningLine().IsMatch(line));
        var requestLine = Assert.Single(lines, line => line.Contains("correlationId:log-format-test", StringComparison.Ordinal));
        Assert.Matches(TextLine(), requestLine);
        Assert.Contains(" info: Modular.Host.Platform.Logging.RequestLoggingMiddleware[", requestLine, StringComparison.Ordinal);
        Assert.Contains("=> ", requestLine, StringComparison.Ordinal);
        Assert.Contains("GET /health/live responded 200", requestLine, StringComparison.Ordinal);
        Assert.All(lines.Where(line => line.Length > 0), line => Assert.Matches(TextLine(), line));
        Assert.Contains("Graceful shutdown complete", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Without_a_setting_development_writes_text_and_other_environments_json(string environment, bool json)
    {
        // A missing signing key stops the host at once with one Critical line: the cheapest event to look at.
        await using var host = HostProcess.Start(("ASPNETCORE_ENVIRONMENT", environment), ("Jwt__SigningKey", ""));

        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the host kept running without a signing key");

        var line = Assert.Single(host.Output, line => line.Contains("Invalid configuration", StringComparison.Ordinal));
        if (json)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Equal("Critical", entry.RootElement.GetProperty("LogLevel").GetString());
            Assert.Equal("Modular.Startup", entry.RootElement.GetProperty("Category").GetString());
        }
        else
        {
            Assert.Matches(TextLine(), line);
            Assert.Contains(" crit: Modular.Startup[1] Invalid configuration, the host will not start: ", line, StringComparison.Ordinal);
        }
    }

    /// <summary>UTC timestamp, level, category and event id, then scopes (<c>=&gt; ...</c>) when present and the message.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (trce|dbug|info|warn|fail|crit): [\w.]+\[\d+\] .+$")]
    private static partial Regex TextLine();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z info: Microsoft\.Hosting\.Lifetime\[14\] Now listening on: http://127\.0\.0\.1:\d+$")]
    private static partial Regex ListeningLine();
}
