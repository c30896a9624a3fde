using System.Net;

namespace Modular.IntegrationTests.Platform;

/// <summary>In Production an unexpected failure tells the client nothing but its traceId.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProductionErrorTests(PlatformHosts hosts)
{
    [Fact]
    public async Task An_unexpected_exception_is_a_bare_500_with_only_the_trace_id()
    {
        using var client = hosts.Production.CreateClient();

        var response = await client.GetAsync("/test/throw");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("password_hash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SELECT", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", text, StringComparison.Ordinal);
        Assert.Equal(
            ["detail", "instance", "status", "title", "traceId", "type"],
            body.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Equal("/test/throw", body.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task The_failure_is_logged_on_the_server_with_the_trace_id_the_client_got()
    {
        using var client = hosts.Production.CreateClient();

        var response = await client.GetAsync("/test/throw");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var traceId = body.GetProperty("traceId").GetString()!;
        var entries = hosts.ProductionLogs.Entries;
        Assert.Contains(entries, entry => entry.Exception?.Contains(TestEndpoints.SecretFailureText, StringComparison.Ordinal) == true);
        Assert.Contains(entries, entry => entry.Fields.GetValueOrDefault("traceId") == traceId && entry.Fields.GetValueOrDefault("status") == "500");
    }

    [Fact]
    public async Task Production_answers_carry_hsts()
    {
        using var client = hosts.Production.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
