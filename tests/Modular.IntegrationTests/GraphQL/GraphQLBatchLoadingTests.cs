using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>An order item's <c>product</c> is loaded for every item of an answer in one SQL command (no N+1).</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLBatchLoadingTests(ModularApiFactory factory)
{
    [Fact]
    public async Task The_products_of_every_item_of_every_order_in_an_answer_cost_one_sql_command()
    {
        var rest = new OrdersApi(factory.CreateClient());
        var products = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            products.Add(await rest.CreateProductIdAsync($"gql-batch{i}", 1m + i, 50));
        }

        var owner = Guid.CreateVersion7();
        await rest.PlaceOkAsync(owner, (products[0], 1), (products[1], 1), (products[2], 1));
        await rest.PlaceOkAsync(owner, (products[3], 2), (products[4], 2), (products[0], 1));
        using var http = factory.CreateClient();
        using var counter = new SqlCommandCounter();
        var token = GraphQLClient.UserToken(owner);

        const string withoutQuery = "{ orders { data { id items { productId sku } } } }";
        const string withQuery = "{ orders { data { id items { productId product { id name stock } } } } }";
        // Once each first: a cold process adds one-off commands (type loading on a new physical connection).
        await counter.PostAsync(http, withoutQuery, token);
        await counter.PostAsync(http, withQuery, token);

        var (withoutProducts, _) = await counter.PostAsync(http, withoutQuery, token);
        var (withProducts, answer) = await counter.PostAsync(http, withQuery, token);

        Assert.False(answer.HasErrors, answer.Text);
        Assert.True(withoutProducts > 0, "the trace of the request carries its SQL commands");
        Assert.True(withoutProducts + 1 == withProducts, $"without products {withoutProducts} commands, with products {withProducts}");
        var items = answer.Data.GetProperty("orders").GetProperty("data").EnumerateArray().SelectMany(order => order.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, item => Assert.Equal(item.GetProperty("productId").GetString(), item.GetProperty("product").GetProperty("id").GetString()));
        Assert.Equal(products.Select(id => id.ToString()).Order(), items.Select(item => item.GetProperty("product").GetProperty("id").GetString()).Distinct().Order());
    }
}
