using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>Runs every example of the README's GraphQL section, in order, as a client would: each answers data and no error.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLReadmeTests(ModularApiFactory factory)
{
    [Fact]
    public async Task Every_example_of_the_readme_runs_without_errors()
    {
        var section = ReadmeExamples.Section();
        var operations = ReadmeExamples.Operations(section);
        Assert.Equal(["Register", "Login", "Catalog", "PlaceOrder", "MyOrders"], operations.Select(operation => ReadmeExamples.OperationName(operation.Document)));
        var sku = $"readme-mug-{Guid.NewGuid():N}"[..32];
        var productId = (await new OrdersApi(factory.CreateClient()).CreateProductAsync(sku, 12.50m, 10, name: sku)).GetProperty("id").GetGuid();
        // The README's sample values, made unique to this run: the email is registered once per database.
        var email = $"ada-{Guid.NewGuid():N}@example.com";
        var key = $"checkout-{Guid.NewGuid():N}";
        var client = new GraphQLClient(factory.CreateClient());
        string? token = null;
        var answers = new Dictionary<string, JsonElement>();

        foreach (var (document, variablesText) in operations)
        {
            var name = ReadmeExamples.OperationName(document);
            var variables = variablesText?
                .Replace("ada@example.com", email, StringComparison.Ordinal)
                .Replace("\"mug\"", $"\"{sku}\"", StringComparison.Ordinal)
                .Replace("<id from Catalog>", answers.TryGetValue("Catalog", out var catalog) ? catalog.GetProperty("products").GetProperty("data")[0].GetProperty("id").GetString() : "", StringComparison.Ordinal)
                .Replace("checkout-7f3a9c", key, StringComparison.Ordinal);

            var answer = await client.PostAsync(document, variables is null ? null : JsonNode.Parse(variables), token, operationName: name);

            Assert.True(answer.Status == HttpStatusCode.OK && !answer.HasErrors, $"README example {name}: {(int)answer.Status} {answer.Text}");
            answers[name] = answer.Data;
            token ??= name == "Login" ? answer.Data.GetProperty("login").GetProperty("accessToken").GetString() : null;
        }

        Assert.Equal(productId.ToString(), answers["Catalog"].GetProperty("products").GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal("pending", answers["PlaceOrder"].GetProperty("placeOrder").GetProperty("status").GetString());
        Assert.Equal("25.00", answers["PlaceOrder"].GetProperty("placeOrder").GetProperty("total").GetRawText());
        var order = Assert.Single(answers["MyOrders"].GetProperty("orders").GetProperty("data").EnumerateArray());
        Assert.Equal(sku, order.GetProperty("items")[0].GetProperty("product").GetProperty("name").GetString());

        var curl = Assert.Single(ReadmeExamples.CurlBodies(section));
        var request = ReadmeExamples.Json(curl);
        var curlAnswer = await client.PostAsync(request.GetProperty("query").GetString()!, token: token);
        Assert.True(curlAnswer.Status == HttpStatusCode.OK && !curlAnswer.HasErrors, curlAnswer.Text);
        Assert.Single(curlAnswer.Data.GetProperty("orders").GetProperty("data").EnumerateArray());
    }
}
