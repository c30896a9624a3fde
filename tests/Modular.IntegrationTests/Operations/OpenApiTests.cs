using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Platform;

namespace Modular.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class OpenApiTests(OperationsApiFactory factory)
{
    [Fact]
    public async Task The_document_is_openapi_3_with_a_bearer_security_scheme()
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var bearer = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Equal("JWT", bearer.GetProperty("bearerFormat").GetString());
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("ProblemDetails", out _));
    }

    [Fact]
    public async Task A_protected_route_with_an_id_requires_the_bearer_scheme_and_documents_its_problem_answers()
    {
        using var document = await DocumentAsync();
        var operation = document.RootElement.GetProperty("paths").GetProperty(OperationsTestEndpoints.Item).GetProperty("get");

        var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
        Assert.True(requirement.TryGetProperty("Bearer", out _));
        var responses = operation.GetProperty("responses");
        foreach (var status in new[] { "400", "401", "403", "404", "429", "500", "503" })
        {
            var content = responses.GetProperty(status).GetProperty("content");
            Assert.True(content.TryGetProperty("application/problem+json", out _), $"{status} is documented as problem+json");
        }

        Assert.True(responses.GetProperty("401").GetProperty("headers").TryGetProperty("WWW-Authenticate", out _));
        Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(responses.TryGetProperty("413", out _), "a GET sent with an oversized body is refused 413 too");
        Assert.False(responses.TryGetProperty("415", out _), "a GET reads no body, so its media type is never refused");
        Assert.True(responses.TryGetProperty("200", out _));
    }

    [Fact]
    public async Task An_anonymous_route_with_a_body_documents_its_body_problems_and_an_empty_security_requirement()
    {
        using var document = await DocumentAsync();
        var operation = document.RootElement.GetProperty("paths").GetProperty(OperationsTestEndpoints.Items).GetProperty("post");

        Assert.Equal(0, operation.GetProperty("security").GetArrayLength());
        var responses = operation.GetProperty("responses");
        foreach (var status in new[] { "400", "413", "415", "500", "503" })
        {
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        // A presented token that is refused is 401 on anonymous operations too (ADR 0041); 403 needs a requirement.
        Assert.True(responses.GetProperty("401").GetProperty("headers").TryGetProperty("WWW-Authenticate", out _));
        Assert.False(responses.TryGetProperty("403", out _));
        Assert.False(responses.TryGetProperty("404", out _));
        Assert.True(responses.GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _));
        Assert.True(operation.TryGetProperty("requestBody", out _));
    }

    [Fact]
    public async Task The_interactive_reference_is_served_at_docs()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Contains("Bearer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/openapi/v2.json", "v2")]
    [InlineData("/openapi/..json", ".")]
    [InlineData("/openapi/v1.json.json", "v1.json")]
    public async Task An_unknown_document_is_a_problem_404_naming_it(string path, string name)
    {
        using var client = factory.CreateClient();

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);

        Assert.Equal($"No OpenAPI document with the name '{name}' was found.", problem.GetProperty("detail").GetString());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
