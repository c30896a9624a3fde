using System.Text;

namespace Modular.IntegrationTests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class SecurityHeaderTests(PlatformHosts hosts)
{
    private readonly HttpClient _client = hosts.Testing.CreateClient();

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/health/live" },
        { "GET", "/api/does-not-exist" },
        { "DELETE", "/health/live" },
        { "GET", "/health/live?q=%00" },
        { "POST", "/test/echo" },
        { "GET", "/test/throw" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_answer_carries_the_security_headers(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "text/plain");
        }

        var response = await _client.SendAsync(request);

        AssertSecurityHeaders(response);
        Assert.Equal(
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_docs_page_gets_a_policy_that_loads_from_this_host_only()
    {
        var response = await _client.GetAsync("/docs");

        AssertSecurityHeaders(response);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var html = await response.Content.ReadAsStringAsync();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-(?<nonce>[^']+)'").Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.NotEqual(nonce, System.Text.RegularExpressions.Regex.Match(
            (await _client.GetAsync("/docs")).Headers.GetValues("Content-Security-Policy").Single(), "'nonce-(?<nonce>[^']+)'").Groups["nonce"].Value);
    }

    [Fact]
    public async Task A_path_that_only_starts_like_docs_keeps_the_api_policy()
    {
        var response = await _client.GetAsync("/docsx");

        Assert.StartsWith("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }
}
