using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Users;

[Collection(ApiCollection.Name)]
public sealed class ProfileAccessTests(ModularApiFactory factory)
{
    private readonly UsersApi<Program> _api = new(factory);

    [Fact]
    public async Task A_user_reads_their_own_profile()
    {
        var user = await _api.RegisterAsync("Self Reader", $"{UsersApi<Program>.Unique("self")}@example.com");
        using var client = _api.As(user);

        var response = await client.GetAsync($"/api/users/{user.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Email, (await UsersApi<Program>.BodyAsync(response)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Another_users_existing_profile_is_403_for_a_non_admin_and_stays_unchanged()
    {
        var user = await _api.RegisterAsync("Nosy", $"{UsersApi<Program>.Unique("nosy")}@example.com");
        var other = await _api.RegisterAsync("Other", $"{UsersApi<Program>.Unique("other")}@example.com");
        using var client = _api.As(user);

        await AssertProblemAsync(HttpStatusCode.Forbidden, await client.GetAsync($"/api/users/{other.Id}"));
        await AssertProblemAsync(HttpStatusCode.Forbidden, await UsersApi<Program>.PatchAsync(client, other.Id, new { name = "Hijacked" }));
        await AssertProblemAsync(HttpStatusCode.Forbidden, await client.DeleteAsync($"/api/users/{other.Id}"));
        await AssertProblemAsync(HttpStatusCode.Forbidden, await client.GetAsync("/api/users"));

        using var admin = _api.Admin();
        Assert.Equal("Other", (await UsersApi<Program>.BodyAsync(await admin.GetAsync($"/api/users/{other.Id}"))).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_or_deleted_id_is_404_for_a_non_admin_too()
    {
        var user = await _api.RegisterAsync("Prober", $"{UsersApi<Program>.Unique("prober")}@example.com");
        var gone = await _api.RegisterAsync("Gone", $"{UsersApi<Program>.Unique("gone")}@example.com");
        using var admin = _api.Admin();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{gone.Id}")).StatusCode);
        using var client = _api.As(user);

        foreach (var target in new[] { Guid.CreateVersion7(), Guid.Empty, gone.Id })
        {
            await AssertProblemAsync(HttpStatusCode.NotFound, await client.GetAsync($"/api/users/{target}"));
            await AssertProblemAsync(HttpStatusCode.NotFound, await UsersApi<Program>.PatchAsync(client, target, new { name = "Nobody" }));
            await AssertProblemAsync(HttpStatusCode.NotFound, await client.DeleteAsync($"/api/users/{target}"));
        }
    }

    [Fact]
    public async Task An_admin_reads_any_profile_and_an_unknown_id_is_404()
    {
        var user = await _api.RegisterAsync("Anyone", $"{UsersApi<Program>.Unique("any")}@example.com");
        using var admin = _api.Admin();

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/users/{user.Id}")).StatusCode);
        var unknown = await admin.GetAsync($"/api/users/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_401()
    {
        using var anonymous = _api.Client(token: null);
        var id = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UsersApi<Program>.PatchAsync(anonymous, id, new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/api/users/{id}")).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_deleted_profile_is_204_then_404_everywhere(bool byAdmin)
    {
        var user = await _api.RegisterAsync("Leaving", $"{UsersApi<Program>.Unique("leaving")}@example.com");
        using var self = _api.As(user);
        using var admin = _api.Admin();
        // Cached before the deletion: the deletion must evict it.
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync($"/api/users/{user.Id}")).StatusCode);

        var deleted = await (byAdmin ? admin : self).DeleteAsync($"/api/users/{user.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"/api/users/{user.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users/{user.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UsersApi<Program>.PatchAsync(admin, user.Id, new { name = "Back" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/users/{user.Id}")).StatusCode);
        var listed = await UsersApi<Program>.BodyAsync(await admin.GetAsync($"/api/users?search={user.Email}"));
        Assert.Equal(0, listed.GetProperty("pagination").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_deleted_users_email_is_released_for_a_new_account()
    {
        var email = $"{UsersApi<Program>.Unique("released")}@example.com";
        var first = await _api.RegisterAsync("First Owner", email);
        using var admin = _api.Admin();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{first.Id}")).StatusCode);

        var second = await _api.RegisterAsync("Second Owner", email.ToUpperInvariant());

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("Second Owner", (await UsersApi<Program>.BodyAsync(await admin.GetAsync($"/api/users/{second.Id}"))).GetProperty("name").GetString());
    }

    private static async Task AssertProblemAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, (await UsersApi<Program>.BodyAsync(response)).GetProperty("status").GetInt32());
    }
}
