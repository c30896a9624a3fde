using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Modular.IntegrationTests.Identity;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Users;

/// <summary>The Users clauses end to end with the real Identity module: registration, email change and deletion.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProfileLifecycleTests(ModularApiFactory factory)
{
    private static readonly TimeSpan FlowDeadline = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_registered_user_reads_their_profile_within_a_second()
    {
        using var http = factory.CreateClient();
        var identity = new IdentityClient(http);
        // Warm-up registration: the clause is about an idle running system, not a cold start.
        await identity.SignUpAsync();
        var email = IdentityClient.NewEmail("lifecycle");

        var registered = await identity.RegisterAsync(email, name: "Life Cycle");
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        // The second starts when the registration has answered (it has committed then); the registration's own time,
        // password hashing included, is not part of it.
        var clock = Stopwatch.StartNew();
        var userId = (await IdentityClient.JsonAsync(registered)).GetProperty("id").GetGuid();
        Assert.Equal($"/api/users/{userId}", registered.Headers.Location?.OriginalString);
        using var client = Authorized(TestTokens.For(userId, email));
        var profile = await Eventually.Until(
            () => client.GetAsync($"/api/users/{userId}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(1) - clock.Elapsed, "the profile");

        var body = await UsersApi<Program>.BodyAsync(profile);
        Assert.Equal(("Life Cycle", email), (body.GetProperty("name").GetString(), body.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task After_an_email_change_login_works_with_the_new_email_and_not_the_old_one()
    {
        using var http = factory.CreateClient();
        var identity = new IdentityClient(http);
        var session = await identity.SignUpAsync(IdentityClient.NewEmail("before"));
        using var client = Authorized(session.AccessToken);
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        var newEmail = IdentityClient.NewEmail("after");

        var patched = await UsersApi<Program>.PatchAsync(client, session.UserId, new { email = newEmail });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var clock = Stopwatch.StartNew();
        await Eventually.Until(() => identity.LoginAsync(newEmail), r => r.StatusCode == HttpStatusCode.OK, FlowDeadline - clock.Elapsed, "login with the new email");
        Assert.Equal(HttpStatusCode.Unauthorized, (await identity.LoginAsync(session.Email)).StatusCode);
    }

    [Fact]
    public async Task A_deleted_user_can_no_longer_log_in_and_the_email_can_be_registered_again()
    {
        using var http = factory.CreateClient();
        var identity = new IdentityClient(http);
        var email = IdentityClient.NewEmail("deleted");
        var session = await identity.SignUpAsync(email);
        using var client = Authorized(session.AccessToken);
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/users/{session.UserId}")).StatusCode);

        var clock = Stopwatch.StartNew();
        await Eventually.Until(() => identity.LoginAsync(email), r => r.StatusCode == HttpStatusCode.Unauthorized, FlowDeadline - clock.Elapsed, "login refused");
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.Unauthorized, FlowDeadline - clock.Elapsed, "the old token refused");
        var again = await Eventually.Until(() => identity.RegisterAsync(email), r => r.StatusCode == HttpStatusCode.Created, FlowDeadline, "a new registration with the released email");
        var newId = (await IdentityClient.JsonAsync(again)).GetProperty("id").GetGuid();
        Assert.NotEqual(session.UserId, newId);
        var newSession = await identity.SignInAsync(email);
        using var newClient = Authorized(newSession.AccessToken);
        await Eventually.Until(() => newClient.GetAsync($"/api/users/{newId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the new profile");
    }

    private HttpClient Authorized(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
