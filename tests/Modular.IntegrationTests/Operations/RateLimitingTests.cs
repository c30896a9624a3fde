using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Modular.IntegrationTests.Contract;
using Modular.Testing;

namespace Modular.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class RateLimitingTests(OperationsApiFactory factory)
{
    [Fact]
    public async Task The_api_budget_runs_out_with_a_problem_json_429_carrying_retry_after_and_rate_limit_headers()
    {
        using var client = ClientFor(factory, Guid.NewGuid());

        for (var i = 1; i <= OperationsApiFactory.ApiLimit; i++)
        {
            var allowed = await client.GetAsync(OperationsTestEndpoints.Ping);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal($"{OperationsApiFactory.ApiLimit}", Header(allowed, "RateLimit-Limit"));
            Assert.Equal($"{OperationsApiFactory.ApiLimit - i}", Header(allowed, "RateLimit-Remaining"));
        }

        var refused = await client.GetAsync(OperationsTestEndpoints.Ping);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("https://httpstatuses.io/429", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(ContractProblemTitles.For(429), body.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("traceId").GetString()));
        var retryAfter = int.Parse(Header(refused, "Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.Equal($"{OperationsApiFactory.ApiLimit}", Header(refused, "RateLimit-Limit"));
        Assert.Equal($"{retryAfter}", Header(refused, "RateLimit-Reset"));
    }

    [Theory]
    [InlineData("/api/products")]
    [InlineData("/api/users/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/identity/me")]
    public async Task Module_endpoints_spend_the_api_budget_and_say_so_in_the_rate_limit_headers(string path)
    {
        using var client = ClientFor(factory, Guid.NewGuid());

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        // Whatever the endpoint answers (200, 403, 404), the answer says how much of the budget is left.
        Assert.Equal($"{OperationsApiFactory.ApiLimit}", Header(first, "RateLimit-Limit"));
        Assert.Equal($"{OperationsApiFactory.ApiLimit - 1}", Header(first, "RateLimit-Remaining"));
        Assert.Equal($"{OperationsApiFactory.ApiLimit - 2}", Header(second, "RateLimit-Remaining"));
        Assert.NotNull(Header(second, "RateLimit-Reset"));
    }

    [Fact]
    public async Task Each_user_has_a_budget_of_their_own()
    {
        using var first = ClientFor(factory, Guid.NewGuid());
        using var second = ClientFor(factory, Guid.NewGuid());
        for (var i = 0; i < OperationsApiFactory.ApiLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        var other = await second.GetAsync(OperationsTestEndpoints.Ping);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal($"{OperationsApiFactory.ApiLimit - 1}", Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Operations_endpoints_are_outside_the_api_budget()
    {
        using var client = ClientFor(factory, Guid.NewGuid());

        for (var i = 0; i < OperationsApiFactory.ApiLimit * 2; i++)
        {
            var response = await client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("RateLimit-Limit"));
        }
    }

    [Fact]
    public async Task The_auth_policy_counts_failed_attempts_only()
    {
        using var client = ClientFor(factory, Guid.NewGuid());

        // Successes never count, however many.
        for (var i = 0; i < OperationsApiFactory.AuthLimit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Attempt(client, succeed: true)).StatusCode);
        }

        for (var i = 0; i < OperationsApiFactory.AuthLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(client, succeed: false)).StatusCode);
        }

        // The failures reached the limit: even an attempt that would succeed is refused now.
        var refused = await Attempt(client, succeed: true);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(Header(refused, "Retry-After"));
        Assert.Equal($"{OperationsApiFactory.AuthLimit}", Header(refused, "RateLimit-Limit"));
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Two_instances_share_one_budget_through_redis()
    {
        await using var secondInstance = new OperationsApiFactory();
        var userId = Guid.NewGuid();
        using var onFirst = ClientFor(factory, userId);
        using var onSecond = ClientFor(secondInstance, userId);

        for (var i = 0; i < OperationsApiFactory.ApiLimit; i++)
        {
            var client = i % 2 == 0 ? onFirst : onSecond;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await onSecond.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onFirst.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
    }

    [Fact]
    public async Task Auth_failures_on_one_instance_count_on_the_other()
    {
        await using var secondInstance = new OperationsApiFactory();
        var userId = Guid.NewGuid();
        using var onFirst = ClientFor(factory, userId);
        using var onSecond = ClientFor(secondInstance, userId);

        for (var i = 0; i < OperationsApiFactory.AuthLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(onFirst, succeed: false)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Attempt(onSecond, succeed: true)).StatusCode);
    }

    internal static HttpClient ClientFor(OperationsApiFactory host, Guid userId)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(userId, $"{userId:N}@ops.tests"));
        return client;
    }

    internal static Task<HttpResponseMessage> Attempt(HttpClient client, bool succeed) =>
        client.PostAsync($"{OperationsTestEndpoints.AuthAttempt}?succeed={(succeed ? "true" : "false")}", content: null);

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
