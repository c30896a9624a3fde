using System.Net;
using Modular.IntegrationTests.Platform;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>In Production an unexpected failure of a field is <c>INTERNAL_SERVER_ERROR</c> with a fixed message; its text stays in the server's log.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLProductionErrorTests(PlatformHosts hosts)
{
    [Fact]
    public async Task A_failing_field_is_null_with_internal_server_error_and_no_exception_text_while_the_others_answer()
    {
        var correlationId = $"graphql-failure-{Guid.NewGuid():N}";
        using var http = hosts.Production.CreateClient();
        http.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId);
        var client = new GraphQLClient(http);

        var answer = await client.PostAsync("query Failing { products(limit: 1) { pagination { limit } } testFailure }", operationName: "Failing");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var error = answer.SingleError("INTERNAL_SERVER_ERROR", "testFailure");
        Assert.Equal("An unexpected error occurred.", error.GetProperty("message").GetString());
        Assert.Equal(["code"], error.GetProperty("extensions").EnumerateObject().Select(property => property.Name));
        Assert.Equal(1, answer.Data.GetProperty("products").GetProperty("pagination").GetProperty("limit").GetInt32());
        Assert.DoesNotContain("password_hash", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", answer.Text, StringComparison.Ordinal);
        Assert.Contains(
            hosts.ProductionLogs.Entries,
            entry => entry.Exception?.Contains(TestEndpoints.SecretFailureText, StringComparison.Ordinal) == true && entry.AllText.Contains("testFailure", StringComparison.Ordinal));
    }
}
