using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.IntegrationTests.Contract;
using Modular.Testing;

namespace Modular.IntegrationTests.Orders;

/// <summary>The Orders endpoints as an outside client calls them: tokens, JSON in, JSON out.</summary>
public sealed class OrdersApi(HttpClient http)
{
    public Guid AdminId { get; } = Guid.CreateVersion7();

    public static Guid NewUser() => Guid.CreateVersion7();

    public static string UniqueSku(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(64, prefix.Length + 33)];

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Guid? userId = null, object? body = null, bool admin = false, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (userId is { } id)
        {
            var token = admin ? TestTokens.Admin(id) : TestTokens.For(id, $"{id:N}@tests.local");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    public async Task<JsonElement> CreateProductAsync(string sku, decimal price, int stock, string? name = null)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/products", AdminId, new { sku, name = name ?? $"Product {sku}", price, stock }, admin: true);
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public async Task<Guid> CreateProductIdAsync(string prefix, decimal price, int stock) =>
        (await CreateProductAsync(UniqueSku(prefix), price, stock)).GetProperty("id").GetGuid();

    public Task<HttpResponseMessage> PlaceAsync(Guid userId, object items, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/api/orders", userId, new { items }, idempotencyKey: idempotencyKey);

    public async Task<JsonElement> PlaceOkAsync(Guid userId, params (Guid ProductId, int Quantity)[] lines) =>
        await ReadAsync(await PlaceAsync(userId, lines.Select(line => new { productId = line.ProductId, quantity = line.Quantity }).ToArray()), HttpStatusCode.Created);

    public async Task<int> StockAsync(Guid productId) =>
        (await ReadAsync(await SendAsync(HttpMethod.Get, $"/api/products/{productId}"), HttpStatusCode.OK)).GetProperty("stock").GetInt32();

    public async Task<JsonElement> GetOrderAsync(Guid orderId, Guid userId, bool admin = false) =>
        await ReadAsync(await SendAsync(HttpMethod.Get, $"/api/orders/{orderId}", userId, admin: admin), HttpStatusCode.OK);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Equal(ContractProblemTitles.For((int)expected), problem.GetProperty("title").GetString());
        return problem;
    }

    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()!)];
}
