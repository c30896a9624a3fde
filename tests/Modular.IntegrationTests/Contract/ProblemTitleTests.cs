using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// RFC 9457 §3.1.3: a problem type's title does not change from occurrence to occurrence. Many producers of problems
/// (a use case's result, validation, model binding, the body and query guards, routing, the bearer challenge, the
/// authorization policy, the idempotency store) are provoked through the real pipeline; every answer
/// of one <c>type</c> must carry one title, the one the contract states, and every answer a <c>detail</c> (routing's
/// 404 and 405 and the authorization policy's 403 once had none).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemTitleTests(ModularApiFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();
    private readonly OrdersApi _orders = new(factory.CreateClient());

    [Fact]
    public async Task Every_problem_of_one_type_has_one_title_whichever_part_of_the_pipeline_answers()
    {
        var sku = OrdersApi.UniqueSku("titles");
        await _orders.CreateProductAsync(sku, 1m, 10);
        var product = await _orders.CreateProductIdAsync("titles-order", 1m, 10);
        var user = OrdersApi.NewUser();
        var key = Guid.NewGuid().ToString();
        await OrdersApi.ReadAsync(await _orders.PlaceAsync(user, new[] { new { productId = product, quantity = 1 } }, key), System.Net.HttpStatusCode.Created);

        var producers = new (string Producer, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("validator of a body", () => Json(HttpMethod.Post, "/api/identity/register", """{"name":"","email":"not-an-email","password":"x"}""")),
            ("malformed JSON", () => Json(HttpMethod.Post, "/api/identity/login", """{"email":""")),
            ("unknown JSON property", () => Json(HttpMethod.Post, "/api/identity/login", """{"email":"a@b.cd","password":"12345678","isAdmin":true}""")),
            ("paging parameter binding", () => _http.GetAsync("/api/products?page=abc")),
            ("duplicate query parameter", () => _http.GetAsync("/api/products?limit=1&limit=2")),
            ("NUL in the query", () => _http.GetAsync("/api/products?search=a%00b")),
            ("validator of a query filter", () => _orders.SendAsync(HttpMethod.Get, "/api/orders?status=shipped", user)),
            ("bad credentials (use case result)", () => Json(HttpMethod.Post, "/api/identity/login", """{"email":"nobody@tests.local","password":"wrong password"}""")),
            ("missing bearer token (challenge)", () => _http.GetAsync("/api/identity/me")),
            ("refused bearer token (challenge)", () => Send(HttpMethod.Get, "/api/identity/me", "not.a.token")),
            ("authorization policy", () => _orders.SendAsync(HttpMethod.Post, "/api/products", user, new { sku = OrdersApi.UniqueSku("x"), name = "x", price = 1m, stock = 1 })),
            ("use case forbidden", () => _orders.SendAsync(HttpMethod.Get, $"/api/users/{Guid.CreateVersion7()}", user)),
            ("unknown route", () => _http.GetAsync("/api/no-such-thing")),
            ("unknown id (use case result)", () => _http.GetAsync($"/api/products/{Guid.CreateVersion7()}")),
            ("another user's order", () => _orders.SendAsync(HttpMethod.Get, $"/api/orders/{Guid.CreateVersion7()}", user)),
            ("wrong method (routing)", () => _http.DeleteAsync("/api/products")),
            ("wrong method on an item (routing)", () => _http.PutAsync($"/api/products/{product}", null)),
            ("duplicate sku (use case conflict)", () => _orders.SendAsync(HttpMethod.Post, "/api/products", _orders.AdminId, new { sku, name = "x", price = 1m, stock = 1 }, admin: true)),
            ("body over the limit", () => Json(HttpMethod.Post, "/api/identity/login", $$"""{"email":"{{new string('a', 1_100_000)}}"}""")),
            ("body that is not JSON (binding)", () => _http.PostAsync("/api/identity/login", new StringContent("email=a", Encoding.UTF8, "text/plain"))),
            ("charset that cannot be read", () => Raw("/api/identity/login", "{}", "application/json; charset=klingon")),
            ("idempotency key reused", () => _orders.PlaceAsync(user, new[] { new { productId = product, quantity = 2 } }, key)),
        };

        var seen = new List<(string Producer, int Status, string Type, string Title, string? Detail)>();
        foreach (var (producer, send) in producers)
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(
                response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{producer}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {text}");
            var body = JsonDocument.Parse(text).RootElement;
            seen.Add((producer, (int)response.StatusCode, body.GetProperty("type").GetString()!, body.GetProperty("title").GetString()!,
                body.TryGetProperty("detail", out var detail) ? detail.GetString() : null));
        }

        Assert.All(seen, answer => Assert.True(
            answer.Type == $"https://httpstatuses.io/{answer.Status}" && answer.Title == ContractProblemTitles.For(answer.Status),
            $"{answer.Producer}: {answer.Status} {answer.Type} \"{answer.Title}\""));
        Assert.All(seen.GroupBy(answer => answer.Type), type => Assert.True(
            type.Select(answer => answer.Title).Distinct().Count() == 1,
            $"{type.Key}: {string.Join("; ", type.Select(answer => $"{answer.Producer} \"{answer.Title}\""))}"));
        Assert.All(seen, answer => Assert.False(string.IsNullOrWhiteSpace(answer.Detail), $"{answer.Producer}: {answer.Status} without a detail"));
        Assert.Equal(
            "DELETE is not allowed on this path; the Allow header lists the methods that are.",
            seen.Single(answer => answer.Producer == "wrong method (routing)").Detail);
        Assert.Equal(
            [400, 401, 403, 404, 405, 409, 413, 415, 422],
            seen.Select(answer => answer.Status).Distinct().Order());
    }

    private Task<HttpResponseMessage> Json(HttpMethod method, string path, string json) =>
        _http.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private Task<HttpResponseMessage> Raw(string path, string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return _http.PostAsync(path, content);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _http.SendAsync(request);
    }
}
