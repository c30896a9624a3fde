using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>The schema has no subscription type: a subscription is an invalid document, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLSubscriptionTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("subscription S { me { id } }", GraphQLClient.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("subscription { me { id } }", GraphQLClient.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("subscription S { me { id } }", "application/json", HttpStatusCode.OK)]
    [InlineData("subscription { me { id } }", "application/json", HttpStatusCode.OK)]
    [InlineData("subscription { __typename }", GraphQLClient.GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task A_subscription_is_a_validation_error(string document, string accept, HttpStatusCode status)
    {
        var answer = await _client.PostAsync(document, accept: accept, token: GraphQLClient.UserToken(Guid.CreateVersion7()));

        Assert.Equal(status, answer.Status);
        Assert.Equal(accept, answer.MediaType);
        Assert.False(answer.Body.TryGetProperty("data", out _));
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", answer.Codes);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", answer.Codes);
    }
}
