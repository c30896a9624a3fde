using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary><c>GraphQL:Introspection</c> false hides the schema: <c>__schema</c>/<c>__type</c> refused, no SDL; queries still run.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLIntrospectionSwitchTests(ModularApiFactory factory)
{
    [Fact]
    public async Task With_introspection_off_the_schema_is_hidden_and_queries_still_run()
    {
        await using var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GraphQL:Introspection", "false");
            builder.UseSetting("Messaging:ConsumeEvents", "false");
        });
        var client = new GraphQLClient(host.CreateClient());

        var introspection = await client.PostAsync("{ __schema { types { name } } }");
        var typeQuery = await client.PostAsync("""{ __type(name: "Order") { name } }""");
        var query = await client.PostAsync("{ __typename products(limit: 1) { pagination { limit } } }");
        var sdl = await client.Http.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.BadRequest, introspection.Status);
        Assert.Equal("GraphQL:Introspection", introspection.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, typeQuery.Status);
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal("Query", query.Data.GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }
}
