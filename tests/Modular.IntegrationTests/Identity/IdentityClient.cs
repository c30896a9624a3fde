using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>The Identity endpoints as a client sees them, with unique test emails.</summary>
internal sealed class IdentityClient(HttpClient http)
{
    public const string Password = "correct horse battery";

    public HttpClient Http => http;

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@tests.local";

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Password, string name = "Test User") =>
        http.PostAsJsonAsync("/api/identity/register", new { name, email, password });

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        http.PostAsJsonAsync("/api/identity/login", new { email, password });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        http.PostAsJsonAsync("/api/identity/refresh", new { refreshToken });

    public Task<HttpResponseMessage> LogoutAsync(string refreshToken) =>
        http.PostAsJsonAsync("/api/identity/logout", new { refreshToken });

    public Task<HttpResponseMessage> MeAsync(string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> ChangeRolesAsync(Guid userId, string? accessToken, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/identity/users/{userId}/roles") { Content = JsonContent.Create(body) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return http.SendAsync(request);
    }

    /// <summary>
    /// Makes a new account an administrator, so that a test demoting its own admin never meets the rule that the last
    /// active administrator keeps <c>admin</c> (the shared test database may hold no other at that moment).
    /// </summary>
    public async Task KeepAnotherAdministratorAsync()
    {
        var keeper = await SignUpAsync(NewEmail("keeper-admin"));
        using var promoted = await ChangeRolesAsync(keeper.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "user", "admin" } });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
    }

    /// <summary>Registers and logs in; answers the login body.</summary>
    public async Task<Session> SignUpAsync(string? email = null)
    {
        email ??= NewEmail();
        var registered = await RegisterAsync(email);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return await SignInAsync(email);
    }

    public async Task<Session> SignInAsync(string email, string password = Password)
    {
        var response = await LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Session.From(await JsonAsync(response));
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
