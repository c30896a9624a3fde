using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RolesTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task An_admin_grants_admin_the_answer_shows_it_and_roles_changed_is_published()
    {
        await using var audit = await EventAudit.BindAsync("identity.user-roles-changed");
        var target = await _client.SignUpAsync();

        var response = await _client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "admin" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await IdentityClient.JsonAsync(response);
        Assert.Equal(["email", "id", "roles"], body.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(target.UserId, body.GetProperty("id").GetGuid());
        Assert.Equal(["user", "admin"], body.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));

        var message = await audit.WaitForAsync(m => m.GetProperty("userId").GetGuid() == target.UserId, TimeSpan.FromSeconds(10));
        Assert.Equal(["eventId", "occurredAt", "roles", "userId"], message.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(["user", "admin"], message.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.NotEqual(Guid.Empty, message.GetProperty("eventId").GetGuid());

        // The next login's token carries the new role: the new admin passes the admin policy (404: no such account).
        var relogged = await _client.SignInAsync(target.Email);
        Assert.Contains("admin", new JsonWebToken(relogged.AccessToken).Claims.Where(claim => claim.Type == "role").Select(claim => claim.Value));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.ChangeRolesAsync(Guid.CreateVersion7(), relogged.AccessToken, new { roles = new[] { "user" } })).StatusCode);
    }

    [Fact]
    public async Task User_is_always_kept()
    {
        var target = await _client.SignUpAsync();
        var admin = TestTokens.Admin(Guid.CreateVersion7());
        await _client.KeepAnotherAdministratorAsync();
        await _client.ChangeRolesAsync(target.UserId, admin, new { roles = new[] { "admin", "user" } });

        var response = await _client.ChangeRolesAsync(target.UserId, admin, new { roles = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["user"], (await IdentityClient.JsonAsync(response)).GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        // The roles changed since target's token was issued: a new login gets a token with the current ones (ADR 0041).
        var me = await IdentityClient.JsonAsync(await _client.MeAsync((await _client.SignInAsync(target.Email)).AccessToken));
        Assert.Equal(["user"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task A_non_admin_gets_403_and_no_token_401()
    {
        var caller = await _client.SignUpAsync();
        var target = await _client.SignUpAsync();

        await Problem.AssertAsync(await _client.ChangeRolesAsync(target.UserId, caller.AccessToken, new { roles = new[] { "admin" } }), HttpStatusCode.Forbidden);
        await Problem.AssertUnauthorizedAsync(await _client.ChangeRolesAsync(target.UserId, null, new { roles = new[] { "admin" } }));
        var me = await IdentityClient.JsonAsync(await _client.MeAsync(target.AccessToken));
        Assert.Equal(["user"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Only_user_and_admin_are_roles()
    {
        var target = await _client.SignUpAsync();

        var response = await _client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "user", "superuser" } });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("roles[1]", Problem.Errors(problem).Single().Field);
        await Problem.AssertAsync(
            await _client.ChangeRolesAsync(target.UserId, TestTokens.Admin(Guid.CreateVersion7()), new { }),
            HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_account_is_404()
    {
        var response = await _client.ChangeRolesAsync(Guid.CreateVersion7(), TestTokens.Admin(Guid.CreateVersion7()), new { roles = new[] { "admin" } });

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }
}
