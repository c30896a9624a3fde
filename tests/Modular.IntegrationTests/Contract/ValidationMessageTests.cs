using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// A validation message names its field one way, quoted, whichever part of the pipeline wrote it: a module's validator
/// of a body or of a nested item, a query filter's, the shared paging rules, a header's rule, the JSON reader's and the query guards.
/// (The response-contract hook checks every validation problem of the suite the same way.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ValidationMessageTests(ModularApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();
    private readonly OrdersApi _orders = new(factory.CreateClient());

    [Fact]
    public async Task Every_validation_message_quotes_the_field_it_names()
    {
        var user = OrdersApi.NewUser();
        var producers = new (string Producer, string Field, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("register's rules", "name", () => Json("/api/identity/register", """{"name":"","email":"a@b.cd","password":"12345678"}""")),
            ("register's password rule", "password", () => Json("/api/identity/register", """{"name":"x","email":"a@b.cd","password":"1"}""")),
            ("login's validator", "email", () => Json("/api/identity/login", """{"email":"","password":"12345678"}""")),
            ("refresh's validator", "refreshToken", () => Json("/api/identity/refresh", """{"refreshToken":""}""")),
            ("an order item's rule", "items[0].quantity", () => _orders.PlaceAsync(user, new[] { new { productId = Guid.CreateVersion7(), quantity = 0 } })),
            ("a product's price rule", "price", () => _orders.SendAsync(HttpMethod.Post, "/api/products", _orders.AdminId, new { sku = OrdersApi.UniqueSku("msg"), name = "x", price = -1m, stock = 1 }, admin: true)),
            ("a header's rule", "Idempotency-Key", () => _orders.PlaceAsync(user, new[] { new { productId = Guid.CreateVersion7(), quantity = 1 } }, new string('k', 256))),
            ("a query filter", "status", () => _orders.SendAsync(HttpMethod.Get, "/api/orders?status=shipped", user)),
            ("the paging rules", "page", () => _http.GetAsync("/api/products?page=abc")),
            ("an unknown property", "isAdmin", () => Json("/api/identity/login", """{"email":"a@b.cd","password":"12345678","isAdmin":true}""")),
            ("a duplicate query parameter", "limit", () => _http.GetAsync("/api/products?limit=1&limit=2")),
        };

        foreach (var (producer, field, send) in producers)
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{producer}: {(int)response.StatusCode} {text}");
            var problem = JsonNode.Parse(text);
            var message = problem?["errors"]?.AsArray().FirstOrDefault(error => error?["field"]?.GetValue<string>() == field)?["message"]?.GetValue<string>();
            Assert.True(message is not null, $"{producer}: no error for '{field}' in {text}");
            var leaf = field[(field.LastIndexOf('.') + 1)..];
            Assert.True(message.StartsWith($"'{leaf}' ", StringComparison.Ordinal) || message.StartsWith($"'{field}' ", StringComparison.Ordinal), $"{producer}: \"{message}\"");
            Assert.Empty(ValidationMessageStyle.Check(problem));
        }
    }

    private Task<HttpResponseMessage> Json(string path, string json) =>
        _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
