using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>Every GET route answers HEAD with GET's status and headers and no body; a 405 lists HEAD wherever it lists GET.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class HeadRequestTests(PlatformHosts hosts)
{
    // Per-answer values: two requests never share them.
    private static readonly HashSet<string> VaryPerAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "X-Correlation-Id", "Transfer-Encoding", "Content-Length", "RateLimit-Remaining", "RateLimit-Reset", "ETag", "Last-Modified",
    };

    [Fact]
    public async Task Every_GET_route_answers_HEAD_like_GET_without_a_body()
    {
        var routes = GetRoutes();
        Assert.Contains("/api/products", routes);
        Assert.Contains("/health/live", routes);
        using var client = hosts.Testing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(Guid.CreateVersion7()));
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var get = await client.GetAsync(route);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, route));
            var headBody = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode || headBody.Length > 0 || Headers(head) != Headers(get))
            {
                failures.Add($"{route}: GET {(int)get.StatusCode} [{Headers(get)}], HEAD {(int)head.StatusCode} [{Headers(head)}] with {headBody.Length} body bytes");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/products", "DELETE")]
    [InlineData("/api/products/01000000-0000-7000-8000-000000000001", "DELETE")]
    [InlineData("/api/orders/01000000-0000-7000-8000-000000000001", "PUT")]
    [InlineData("/health/live", "POST")]
    public async Task A_405_lists_HEAD_with_GET(string path, string method)
    {
        using var client = hosts.Testing.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        var allowed = response.Content.Headers.Allow.Select(value => value.ToUpperInvariant()).ToList();
        Assert.Contains("GET", allowed);
        Assert.Contains("HEAD", allowed);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/metrics")]
    public async Task Probes_answer_reads_only(string path)
    {
        using var client = hosts.Testing.CreateClient();

        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH" })
        {
            await ProblemAssert.IsProblemAsync(await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)), HttpStatusCode.MethodNotAllowed);
        }
    }

    /// <summary>Every route mapped for GET, its parameters filled with values of their constraint's type.</summary>
    private List<string> GetRoutes() =>
        [
            .. hosts.Testing.Services.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>()
                .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
                .Select(endpoint => "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.Trim('/'), match => Value(match.Groups["name"].Value, match.Groups["constraint"].Value)))
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];

    private static string Value(string name, string constraint) => constraint switch
    {
        ":guid" => "01000000-0000-7000-8000-000000000001",
        _ when name == "documentName" => "v1",
        _ => "sample",
    };

    private static string Headers(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.Concat(response.Content.Headers)
            .Where(header => !VaryPerAnswer.Contains(header.Key))
            .OrderBy(header => header.Key, StringComparer.OrdinalIgnoreCase)
            // A CSP nonce is new on every answer (the /docs page), like Date: compared without its value.
            .Select(header => $"{header.Key}: {CspNonce().Replace(string.Join(",", header.Value), "'nonce-*'")}"));

    [GeneratedRegex("'nonce-[^']*'")]
    private static partial Regex CspNonce();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)(?<constraint>:[a-z]+)?\??\}")]
    private static partial Regex Parameter();
}
