using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.ScaleOutTests.Clients;

/// <summary>
/// The contract's HTTP API as a stranger calls it, against one address (the proxy or one instance). Every request
/// carries an <c>X-Correlation-Id</c> of its own, which the caller may choose, so the proxy's log can tell which
/// instance answered it.
/// </summary>
internal sealed class Shop(HttpClient http)
{
    public const string Password = "scale-out-password-1";
    private static int _sequence;

    public Uri BaseAddress => http.BaseAddress!;

    public static string NewCorrelationId() => $"scale-{Guid.NewGuid():N}";

    public async Task<Account> RegisterAndLoginAsync(string prefix)
    {
        var email = $"{prefix}-{Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}@scale.test";
        using var register = await SendAsync(HttpMethod.Post, "/api/identity/register", body: new { name = $"Scale {prefix}", email, password = Password });
        await Expect(register, HttpStatusCode.Created);
        var id = (await register.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new Account(id, email, Password, await LoginAsync(email, Password));
    }

    public async Task<string> LoginAsync(string email, string password)
    {
        using var login = await SendAsync(HttpMethod.Post, "/api/identity/login", body: new { email, password });
        await Expect(login, HttpStatusCode.OK);
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task<Guid> CreateProductAsync(string adminToken, int stock)
    {
        var sku = $"scale-{Guid.NewGuid():N}"[..30];
        using var created = await SendAsync(HttpMethod.Post, "/api/products", adminToken, new { sku, name = $"Product {sku}", price = 12.5m, stock });
        await Expect(created, HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<int> StockAsync(Guid productId)
    {
        using var product = await SendAsync(HttpMethod.Get, $"/api/products/{productId}");
        await Expect(product, HttpStatusCode.OK);
        return (await product.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stock").GetInt32();
    }

    /// <summary>Places an order of one line; returns its id (status <c>pending</c> checked).</summary>
    public async Task<Guid> PlaceOrderAsync(string token, Guid productId, int quantity, string? correlationId = null)
    {
        using var placed = await SendAsync(HttpMethod.Post, "/api/orders", token, new { items = new[] { new { productId, quantity } } }, correlationId);
        await Expect(placed, HttpStatusCode.Created);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", order.GetProperty("status").GetString());
        return order.GetProperty("id").GetGuid();
    }

    public async Task<string> OrderStatusAsync(string token, Guid orderId)
    {
        using var order = await SendAsync(HttpMethod.Get, $"/api/orders/{orderId}", token);
        await Expect(order, HttpStatusCode.OK);
        return (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, object? body = null, string? correlationId = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Correlation-Id", correlationId ?? NewCorrelationId());
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)status}: {body}");
        }
    }
}
