using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Users;

[Collection(ApiCollection.Name)]
public sealed class ProfileUpdateTests(ModularApiFactory factory)
{
    private readonly UsersApi<Program> _api = new(factory);

    [Fact]
    public async Task A_user_changes_their_name_and_email_and_gets_the_profile_back()
    {
        var user = await _api.RegisterAsync("Old Name", $"{UsersApi<Program>.Unique("old")}@example.com");
        using var client = _api.As(user);
        var before = await UsersApi<Program>.BodyAsync(await client.GetAsync($"/api/users/{user.Id}"));
        var newEmail = $"{UsersApi<Program>.Unique("New")}@Example.com";

        var response = await UsersApi<Program>.PatchAsync(client, user.Id, new { name = "  New Name  ", email = newEmail });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await UsersApi<Program>.BodyAsync(response);
        Assert.Equal("New Name", body.GetProperty("name").GetString());
        // The canonical form (ADR 0020) is what is stored and returned.
        Assert.Equal(newEmail.ToLowerInvariant(), body.GetProperty("email").GetString());
        Assert.Equal(before.GetProperty("createdAt").GetString(), body.GetProperty("createdAt").GetString());
        Assert.True(body.GetProperty("updatedAt").GetDateTimeOffset() > before.GetProperty("updatedAt").GetDateTimeOffset());
        var reread = await UsersApi<Program>.BodyAsync(await client.GetAsync($"/api/users/{user.Id}"));
        Assert.Equal("New Name", reread.GetProperty("name").GetString());
        Assert.Equal(newEmail.ToLowerInvariant(), reread.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_admin_changes_any_profile_and_a_partial_patch_keeps_the_other_field()
    {
        var user = await _api.RegisterAsync("Managed", $"{UsersApi<Program>.Unique("managed")}@example.com");
        using var admin = _api.Admin();

        var response = await UsersApi<Program>.PatchAsync(admin, user.Id, new { name = "Renamed By Admin" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await UsersApi<Program>.BodyAsync(response);
        Assert.Equal("Renamed By Admin", body.GetProperty("name").GetString());
        Assert.Equal(user.Email, body.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{"email":"not-an-email"}""", "email")]
    [InlineData("""{"email":"two@@example.com"}""", "email")]
    [InlineData("""{"email":""}""", "email")]
    public async Task Invalid_values_are_400_naming_the_field(string json, string field)
    {
        var user = await _api.RegisterAsync("Validated", $"{UsersApi<Program>.Unique("valid")}@example.com");
        using var client = _api.As(user);

        var response = await client.PatchAsync($"/api/users/{user.Id}", UsersApi<Program>.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await UsersApi<Program>.BodyAsync(response)).GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), error => error.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task Length_limits_are_100_for_the_name_and_254_for_the_email()
    {
        var user = await _api.RegisterAsync("Limits", $"{UsersApi<Program>.Unique("limits")}@example.com");
        using var client = _api.As(user);
        var longestEmail = $"{Guid.NewGuid():N}{new string('a', 35)}@{new string('b', 60)}.{new string('c', 60)}.{new string('d', 60)}.com";
        var tooLongEmail = "x" + longestEmail;

        Assert.Equal(254, longestEmail.Length);
        Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { name = new string('n', 100) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UsersApi<Program>.PatchAsync(client, user.Id, new { name = new string('n', 101) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UsersApi<Program>.PatchAsync(client, user.Id, new { email = longestEmail })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UsersApi<Program>.PatchAsync(client, user.Id, new { email = tooLongEmail })).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"Ok","role":"admin"}""")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000001"}""")]
    [InlineData("""{"createdAt":"2020-01-01T00:00:00Z"}""")]
    [InlineData("""{"name":"Ok",""")]
    public async Task Unknown_fields_or_malformed_json_are_400_and_change_nothing(string json)
    {
        var user = await _api.RegisterAsync("Strict", $"{UsersApi<Program>.Unique("strict")}@example.com");
        using var client = _api.As(user);

        var response = await client.PatchAsync($"/api/users/{user.Id}", UsersApi<Program>.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Strict", (await UsersApi<Program>.BodyAsync(await client.GetAsync($"/api/users/{user.Id}"))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var user = await _api.RegisterAsync("Media", $"{UsersApi<Program>.Unique("media")}@example.com");
        using var client = _api.As(user);

        var response = await client.PatchAsync($"/api/users/{user.Id}", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_email_in_use_in_any_letter_case_is_409_and_the_own_email_in_another_case_is_fine()
    {
        var holder = await _api.RegisterAsync("Holder", $"{UsersApi<Program>.Unique("holder")}@example.com");
        var user = await _api.RegisterAsync("Taker", $"{UsersApi<Program>.Unique("taker")}@example.com");
        using var client = _api.As(user);

        var taken = await UsersApi<Program>.PatchAsync(client, user.Id, new { email = holder.Email.ToUpperInvariant() });
        var ownInCapitals = await UsersApi<Program>.PatchAsync(client, user.Id, new { email = user.Email.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("application/problem+json", taken.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, ownInCapitals.StatusCode);
    }

    [Fact]
    public async Task Two_users_racing_for_one_email_get_one_200_and_one_409()
    {
        for (var round = 0; round < 5; round++)
        {
            var first = await _api.RegisterAsync("Racer One", $"{UsersApi<Program>.Unique("racer")}@example.com");
            var second = await _api.RegisterAsync("Racer Two", $"{UsersApi<Program>.Unique("racer")}@example.com");
            var contested = $"{UsersApi<Program>.Unique("contested")}@example.com";
            using var one = _api.As(first);
            using var two = _api.As(second);

            var responses = await Task.WhenAll(
                UsersApi<Program>.PatchAsync(one, first.Id, new { email = contested }),
                UsersApi<Program>.PatchAsync(two, second.Id, new { email = contested.ToUpperInvariant() }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(response => response.StatusCode).Order());
        }
    }
}
