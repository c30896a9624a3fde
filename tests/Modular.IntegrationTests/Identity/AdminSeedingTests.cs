using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class AdminSeedingTests(ModularApiFactory factory)
{
    private const string AdminPassword = "seeded admin password";

    [Fact]
    public async Task Two_instances_starting_at_once_and_a_restart_seed_exactly_one_admin()
    {
        var email = IdentityClient.NewEmail("admin");
        await using var first = WithAdmin(email);
        await using var second = WithAdmin(email);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));
        var client = new IdentityClient(first.CreateClient());
        var admin = await Eventually.Until(
            () => client.LoginAsync(email, AdminPassword), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "the seeded admin signing in");

        var session = Session.From(await IdentityClient.JsonAsync(admin));
        var me = await IdentityClient.JsonAsync(await client.MeAsync(session.AccessToken));
        Assert.Equal(["user", "admin"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(1, await IdentityDatabase.AccountsWithEmailAsync(email));

        await using (var restarted = WithAdmin(email))
        {
            _ = restarted.Server;
            await Eventually.Until(
                () => new IdentityClient(restarted.CreateClient()).LoginAsync(email, AdminPassword), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "the admin after a restart");
        }

        Assert.Equal(1, await IdentityDatabase.AccountsWithEmailAsync(email));
        Assert.Equal(1, await IdentityDatabase.RegisteredEventsForEmailAsync(email));
    }

    [Fact]
    public async Task Without_both_settings_nothing_is_seeded()
    {
        var email = IdentityClient.NewEmail("half");
        await using var halfConfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("Identity:Admin:Email", email));

        var client = new IdentityClient(halfConfigured.CreateClient());

        // The host is up and answers; the account does not exist, so a registration with that email succeeds.
        Assert.Equal(HttpStatusCode.Created, (await client.RegisterAsync(email)).StatusCode);
        Assert.Equal(1, await IdentityDatabase.AccountsWithEmailAsync(email));
    }

    private WebApplicationFactory<Program> WithAdmin(string email) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting("Identity:Admin:Email", email)
            .UseSetting("Identity:Admin:Password", AdminPassword));
}
