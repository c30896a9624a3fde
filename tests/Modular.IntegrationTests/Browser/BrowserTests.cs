using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.IntegrationTests.Clients;
using Xunit.Abstractions;

namespace Modular.IntegrationTests.Browser;

/// <summary>
/// What a browser user meets, in headless Chromium: the interactive reference works from this host alone, and the
/// official SignalR browser client, with its default options, connects from an allowed origin and not from another.
/// </summary>
[Collection(ClientCollection.Name)]
public sealed partial class BrowserTests(ClientHost host, BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_reference_at_docs_renders_from_this_host_alone_and_sends_a_request()
    {
        var page = await browser.Chromium.Context.NewPageAsync();
        var hosts = new List<string>();
        var violations = new List<string>();
        page.Request += (_, request) => hosts.Add(new Uri(request.Url).Authority);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync($"{ClientHost.ApiBase}/docs/#tag/products/GET/api/products");
        await page.GetByText("Modular API").First.WaitForAsync(new() { Timeout = (float)Deadline.TotalMilliseconds });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = TestRequestOfListProducts() }).First.ClickAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { NameRegex = SendButton() }).First.ClickAsync(),
            candidate => candidate.Url.Contains("/api/products", StringComparison.Ordinal) && candidate.Request.Method == "GET",
            new() { Timeout = (float)Deadline.TotalMilliseconds });

        Assert.Equal(200, response.Status);
        Assert.Equal([new Uri(ClientHost.ApiBase).Authority], hosts.Distinct());
        Assert.Empty(violations);
        output.WriteLine($"browser session wall time so far: {browser.Elapsed.TotalSeconds:0.0} s");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_page_of_an_allowed_origin_connects_with_the_default_options_and_receives_its_order_updates()
    {
        using var api = host.CreateClient();
        var token = await RegisterAndLoginAsync(api);
        var productId = await CreateProductAsync(api);
        var page = await browser.Chromium.Context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await page.GotoAsync(ClientHost.AllowedOrigin);

        var connected = await page.EvaluateAsync<string>("([base, token]) => connect(base, token)", new[] { ClientHost.ApiBase, token });
        var orderId = await PlaceOrderAsync(api, token, productId);
        var update = await page.WaitForFunctionAsync(
            "id => window.received.find(message => message.orderId === id)",
            orderId,
            new() { Timeout = (float)Deadline.TotalMilliseconds });

        Assert.Equal("connected", connected);
        Assert.Contains(sockets, url => url.StartsWith("ws://", StringComparison.Ordinal) && url.Contains("/hubs/notifications", StringComparison.Ordinal));
        var message = await update.JsonValueAsync<JsonElement>();
        Assert.Contains(message.GetProperty("status").GetString(), new[] { "pending", "confirmed" });
        Assert.EndsWith("Z", message.GetProperty("occurredAt").GetString(), StringComparison.Ordinal);
        output.WriteLine($"browser session wall time so far: {browser.Elapsed.TotalSeconds:0.0} s");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_connect_even_with_a_valid_token_nor_open_the_WebSocket_directly()
    {
        using var api = host.CreateClient();
        var token = await RegisterAndLoginAsync(api);
        var page = await browser.Chromium.Context.NewPageAsync();
        await page.GotoAsync(ClientHost.ForeignOrigin);

        var upgrades = new List<string>();
        page.WebSocket += (_, socket) => upgrades.Add(socket.Url);

        var connected = await page.EvaluateAsync<string>("([base, token]) => connect(base, token)", new[] { ClientHost.ApiBase, token });
        var upgraded = await page.EvaluateAsync<string>("([base, token]) => connectWebSocket(base, token)", new[] { ClientHost.ApiBase, token });

        Assert.StartsWith("refused", connected, StringComparison.Ordinal);
        // The browser did attempt the upgrade (CORS does not stop it); the server refused it.
        Assert.Contains(upgrades, url => url.Contains("/hubs/notifications", StringComparison.Ordinal));
        Assert.StartsWith("refused", upgraded, StringComparison.Ordinal);
        output.WriteLine($"browser session wall time so far: {browser.Elapsed.TotalSeconds:0.0} s");
        await page.CloseAsync();
    }

    private static async Task<string> RegisterAndLoginAsync(HttpClient api)
    {
        var email = $"browser-{Guid.NewGuid():N}@tests.local";
        (await api.PostAsJsonAsync("/api/identity/register", new { name = "Browser User", email, password = "browser-password" })).EnsureSuccessStatusCode();
        return await LoginAsync(api, email, "browser-password");
    }

    private static async Task<string> LoginAsync(HttpClient api, string email, string password)
    {
        var login = await api.PostAsJsonAsync("/api/identity/login", new { email, password });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<Guid> CreateProductAsync(HttpClient api)
    {
        var admin = await LoginAsync(api, ClientHost.AdminEmail, ClientHost.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/products")
        {
            Content = JsonContent.Create(new { sku = $"BROWSER-{Guid.NewGuid():N}"[..20], name = "Browser product", price = 3.5m, stock = 10 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        var created = await api.SendAsync(request);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> PlaceOrderAsync(HttpClient api, string token, Guid productId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new { items = new[] { new { productId, quantity = 1 } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var placed = await api.SendAsync(request);
        placed.EnsureSuccessStatusCode();
        return (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // Playwright hands the pattern to the browser as a JavaScript regular expression: slashes escaped, no flags.
    [GeneratedRegex(@"Test Request[\s\S]*get \/api\/products\)")]
    private static partial Regex TestRequestOfListProducts();

    [GeneratedRegex("^Send")]
    private static partial Regex SendButton();
}
