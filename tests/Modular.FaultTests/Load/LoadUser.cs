using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.FaultTests.Load;

/// <summary>
/// One virtual client of the mixed load: an account of its own, and a random walk (its own seeded
/// <see cref="Random"/>) over reads and writes. Its operations run one after another, never overlapping.
/// </summary>
internal sealed class LoadUser(int index, HttpClient http, RequestLog log, Catalog catalog, Random random)
{
    public const string Password = "fault-tests-password-1";
    private readonly List<Placement> _placements = [];
    private string _accessToken = string.Empty;
    private int _sequence;

    public Guid UserId { get; private set; }

    public string Email => $"user{index.ToString(CultureInfo.InvariantCulture)}@faults.test";

    public string AccessToken => _accessToken;

    public IReadOnlyList<Placement> Placements => _placements;

    /// <summary>Extra accounts this user registered during the load (their profiles must appear too).</summary>
    public List<string> Registered { get; } = [];

    /// <summary>Registers and logs in; setup, before the scenario's clock matters.</summary>
    public async Task SignUpAsync()
    {
        using var register = await http.PostAsJsonAsync("/api/identity/register", new { name = $"Load user {index}", email = Email, password = Password });
        register.EnsureSuccessStatusCode();
        UserId = (await register.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var login = await http.PostAsJsonAsync("/api/identity/login", new { email = Email, password = Password });
        login.EnsureSuccessStatusCode();
        _accessToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>One operation, drawn by weight: writes a third of the time, reads the rest.</summary>
    public Task StepAsync()
    {
        var draw = random.Next(100);
        return draw switch
        {
            < 32 => PlaceOrderAsync(),
            < 40 => CancelOrderAsync(),
            < 58 => SendAsync(Operations.GetProduct, HttpMethod.Get, $"/api/products/{RandomProduct()}"),
            < 65 => SendAsync(Operations.ListProducts, HttpMethod.Get, $"/api/products?page=1&limit=10&search=fault-{random.Next(10)}"),
            < 78 => SendAsync(Operations.GetProfile, HttpMethod.Get, $"/api/users/{UserId}"),
            < 86 => GetOrderAsync(),
            < 92 => SendAsync(Operations.ListOrders, HttpMethod.Get, "/api/orders?page=1&limit=10"),
            < 97 => LoginAsync(),
            _ => RegisterAsync(),
        };
    }

    private Guid RandomProduct() => catalog.Products[random.Next(catalog.Products.Count)].Id;

    private async Task PlaceOrderAsync()
    {
        var count = 1 + random.Next(3);
        var lines = catalog.Products.OrderBy(_ => random.Next()).Take(count).Select(product => (product.Id, 1 + random.Next(3))).ToList();
        var placement = new Placement(UserId, $"fault-{index}-{++_sequence}", lines);
        _placements.Add(placement);
        var request = Request(HttpMethod.Post, "/api/orders", new { items = lines.Select(line => new { productId = line.Item1, quantity = line.Item2 }) });
        request.Headers.Add("Idempotency-Key", placement.IdempotencyKey);
        var (status, body) = await log.SendAsync(http, Operations.PlaceOrder, request);
        placement.Status = status;
        placement.AnsweredAt = log.Now;
        if (status == 201 && body is { } order)
        {
            placement.OrderId = order.GetProperty("id").GetGuid();
        }
    }

    private async Task CancelOrderAsync()
    {
        var open = _placements.Where(placement => placement.OrderId is not null && !placement.Cancelled).ToList();
        if (open.Count == 0)
        {
            await PlaceOrderAsync();
            return;
        }

        var placement = open[random.Next(open.Count)];
        var (status, _) = await log.SendAsync(http, Operations.CancelOrder, Request(HttpMethod.Post, $"/api/orders/{placement.OrderId}/cancel"));
        placement.Cancelled |= status == 200;
    }

    private Task GetOrderAsync()
    {
        var placed = _placements.Where(placement => placement.OrderId is not null).ToList();
        return placed.Count == 0
            ? SendAsync(Operations.ListOrders, HttpMethod.Get, "/api/orders?page=1&limit=10")
            : SendAsync(Operations.GetOrder, HttpMethod.Get, $"/api/orders/{placed[random.Next(placed.Count)].OrderId}");
    }

    private async Task LoginAsync()
    {
        var (status, body) = await log.SendAsync(http, Operations.Login, Request(HttpMethod.Post, "/api/identity/login", new { email = Email, password = Password }, authenticated: false));
        if (status == 200 && body is { } tokens)
        {
            _accessToken = tokens.GetProperty("accessToken").GetString()!;
        }
    }

    private async Task RegisterAsync()
    {
        var email = $"late{index.ToString(CultureInfo.InvariantCulture)}-{(++_sequence).ToString(CultureInfo.InvariantCulture)}@faults.test";
        var (status, _) = await log.SendAsync(http, Operations.Register, Request(HttpMethod.Post, "/api/identity/register", new { name = "Late user", email, password = Password }, authenticated: false));
        if (status == 201)
        {
            Registered.Add(email);
        }
    }

    private Task SendAsync(string operation, HttpMethod method, string path) => log.SendAsync(http, operation, Request(method, path));

    private HttpRequestMessage Request(HttpMethod method, string path, object? body = null, bool authenticated = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (authenticated)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }
}
