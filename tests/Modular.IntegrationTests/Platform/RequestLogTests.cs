using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>One structured line per request with the contract's fields, and no secret in any line of the host.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestLogTests(PlatformHosts hosts)
{
    private const string RequestCategory = "Modular.Host.Platform.Logging.RequestLoggingMiddleware";

    private static readonly string[] RequestFields =
        ["method", "path", "status", "durationMs", "userAgent", "clientIp", "traceId", "correlationId", "userId"];

    [Fact]
    public async Task No_password_token_or_authorization_header_reaches_any_log_line()
    {
        var correlationId = $"secrets-{Guid.NewGuid():N}";
        var userId = Guid.NewGuid();
        var bearer = TestTokens.For(userId, "someone@tests.local");
        const string password = "Sup3r-Secret-Passw0rd!";
        const string accessToken = "query-access-token-value-0123456789";
        const string refreshToken = "refresh-token-value-abcdefghijklmnop";
        using var client = hosts.Testing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/test/echo?access_token={accessToken}&refresh_token={refreshToken}")
        {
            Content = new StringContent(
                $$"""{"name":"someone@tests.local","tags":["{{password}}","{{refreshToken}}"]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Add("X-Correlation-Id", correlationId);
        request.Headers.UserAgent.ParseAdd("modular-tests/1.0");

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var line = await Eventually.Until(
            () => Task.FromResult(hosts.Logs.Entries.SingleOrDefault(entry => entry.Category == RequestCategory && entry.Level == LogLevel.Information && entry.Fields.GetValueOrDefault("correlationId") == correlationId)),
            entry => entry is not null,
            TimeSpan.FromSeconds(5),
            "the request's log line");
        foreach (var secret in new[] { password, accessToken, refreshToken, bearer, bearer[..20] })
        {
            Assert.DoesNotContain(hosts.Logs.Entries, entry => entry.AllText.Contains(secret, StringComparison.Ordinal));
        }

        Assert.All(RequestFields, field => Assert.True(line!.Fields.ContainsKey(field), $"missing field {field}"));
        Assert.Equal("POST", line!.Fields["method"]);
        Assert.Equal("/test/echo", line.Fields["path"]);
        Assert.Equal("200", line.Fields["status"]);
        Assert.True(double.Parse(line.Fields["durationMs"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Equal("modular-tests/1.0", line.Fields["userAgent"]);
        Assert.Equal(userId.ToString(), line.Fields["userId"]);
        Assert.False(string.IsNullOrEmpty(line.Fields["traceId"]));
    }

    [Fact]
    public async Task Each_request_is_one_line_even_when_it_fails()
    {
        var correlationId = $"count-{Guid.NewGuid():N}";
        using var client = hosts.Testing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/does-not-exist");
        request.Headers.Add("X-Correlation-Id", correlationId);

        await client.SendAsync(request);

        var lines = await Eventually.Until(
            () => Task.FromResult(hosts.Logs.Entries.Where(entry => entry.Category == RequestCategory && entry.Level == LogLevel.Information && entry.Fields.GetValueOrDefault("correlationId") == correlationId).ToList()),
            found => found.Count > 0,
            TimeSpan.FromSeconds(5),
            "the request's log line");
        var line = Assert.Single(lines);
        Assert.Equal("404", line.Fields["status"]);
        Assert.Null(line.Fields["userId"]);
    }
}
