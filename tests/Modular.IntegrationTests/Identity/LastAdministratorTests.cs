using System.Net;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// The last active administrator keeps <c>admin</c>: taking it is 409 and changes nothing, and two administrators
/// demoting each other at once leave one (stranger's probe: the seeded admin demoted itself, and no restart gave the
/// deployment an administrator back). On a database of its own, where the seeded administrator is the only one.
/// </summary>
public sealed class LastAdministratorTests : IAsyncLifetime
{
    private const string AdminPassword = "only-admin-password";

    // Unique per run: this host's events reach the shared bus, and the shared database's Users module creates profiles
    // from them; a fixed address would collide with the previous run's profile.
    private static readonly string AdminEmail = IdentityClient.NewEmail("only-admin");

    private readonly string _database = $"modular_admins_{Guid.NewGuid():N}";
    private ModularApiFactory _root = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = _database }.ConnectionString;

    public async Task InitializeAsync()
    {
        await IdentityDatabase.ExecuteAsync($"CREATE DATABASE {_database}");
        _root = new ModularApiFactory();
        _host = PlatformHosts.Create(
            _root, "Testing", new CapturedLogs(), ("ConnectionStrings:Postgres", ConnectionString), ("Identity:Admin:Email", AdminEmail), ("Identity:Admin:Password", AdminPassword));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _root.DisposeAsync();
        await IdentityDatabase.ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Fact]
    public async Task The_only_administrator_cannot_drop_admin_and_of_two_demoting_each_other_one_remains()
    {
        var client = new IdentityClient(_host.CreateClient());
        var admin = await Eventually.Until(
            () => client.LoginAsync(AdminEmail, AdminPassword), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20), "the seeded admin");
        var first = Session.From(await IdentityClient.JsonAsync(admin));

        foreach (var roles in new[] { new[] { "user" }, Array.Empty<string>() })
        {
            await Problem.AssertAsync(await client.ChangeRolesAsync(first.UserId, first.AccessToken, new { roles }), HttpStatusCode.Conflict);
        }

        Assert.Equal(["user", "admin"], (await IdentityClient.JsonAsync(await client.MeAsync(first.AccessToken))).GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(1, await AdministratorsAsync());

        var other = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.ChangeRolesAsync(other.UserId, first.AccessToken, new { roles = new[] { "user", "admin" } })).StatusCode);
        var second = await client.SignInAsync(other.Email);

        var answers = await Task.WhenAll(
            client.ChangeRolesAsync(second.UserId, first.AccessToken, new { roles = new[] { "user" } }),
            client.ChangeRolesAsync(first.UserId, second.AccessToken, new { roles = new[] { "user" } }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(answer => answer.StatusCode).Order());
        Assert.Equal(1, await AdministratorsAsync());
    }

    private async Task<long> AdministratorsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM identity.user_accounts WHERE disabled_at IS NULL AND roles @> ARRAY['admin']", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
