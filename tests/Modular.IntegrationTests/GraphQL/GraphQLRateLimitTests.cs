using System.Net;
using Modular.IntegrationTests.Operations;
using Modular.IntegrationTests.Platform;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>GraphQL spends the same per-client budgets as REST, and a refusal is RATE_LIMITED before anything runs.</summary>
[Collection(OperationsCollection.Name)]
public sealed class GraphQLRateLimitTests(OperationsApiFactory factory)
{
    [Fact]
    public async Task Graphql_and_rest_share_the_api_budget_and_the_refusal_is_rate_limited_with_retry_after()
    {
        var userId = Guid.NewGuid();
        using var http = RateLimitingTests.ClientFor(factory, userId);
        var client = new GraphQLClient(http);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);
        }

        var allowed = await client.PostAsync("{ products(limit: 1) { pagination { total } } }");
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("1", Assert.Single(allowed.Headers.GetValues("RateLimit-Remaining")));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);

        var refused = await client.PostAsync("{ products(limit: 1) { pagination { total } } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(GraphQLClient.GraphQLResponse, refused.MediaType);
        var error = refused.SingleError("RATE_LIMITED");
        Assert.Equal("RateLimiting:Api", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.False(refused.Body.TryGetProperty("data", out _));
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync(OperationsTestEndpoints.Ping)).StatusCode);

        // The schema's SDL and other paths under /graphql spend the budget too, but they are not GraphQL requests.
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/graphql/schema.graphql"), HttpStatusCode.TooManyRequests);
        await ProblemAssert.IsProblemAsync(await http.GetAsync("/graphql/unknown"), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Failed_logins_over_graphql_spend_the_auth_budget_and_then_login_is_refused_before_it_runs()
    {
        using var http = RateLimitingTests.ClientFor(factory, Guid.NewGuid());
        var client = new GraphQLClient(http);
        const string login = """mutation { login(input: {email: "nobody@graphql.tests", password: "wrong-password"}) { accessToken } }""";
        for (var i = 0; i < OperationsApiFactory.AuthLimit; i++)
        {
            (await client.PostAsync(login)).SingleError("UNAUTHENTICATED", "login");
        }

        var refused = await client.PostAsync(login);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RateLimiting:Auth", refused.SingleError("RATE_LIMITED").GetProperty("extensions").GetProperty("limit").GetString());
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
