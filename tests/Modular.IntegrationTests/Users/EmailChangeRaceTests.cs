using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Identity;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Users.IntegrationEvents;
using Npgsql;

namespace Modular.IntegrationTests.Users;

/// <summary>
/// A registration racing another user's change to the same email (stranger's probe: both succeeded, the new account
/// never got a profile and the other's login and profile disagreed). Identity decides who signs in with the address:
/// the registration keeps it, the changed profile shows its login address again, and the new profile is created once
/// the address is free (ADR 0051). The race is laid out step by step: Users has committed the change, Identity has not
/// seen it yet when the registration arrives.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EmailChangeRaceTests(ModularApiFactory factory)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly IdentityClient _identity = new(factory.CreateClient());

    [Fact]
    public async Task The_registration_keeps_the_address_the_changed_profile_shows_its_login_again_and_both_profiles_exist()
    {
        var changer = await _identity.SignUpAsync(IdentityClient.NewEmail("changer"));
        await ProfileAsync(changer.UserId, changer.AccessToken, profile => profile.ValueKind == JsonValueKind.Object);
        var contested = IdentityClient.NewEmail("contested");

        // Users committed the change (its event is still on its way to Identity).
        await SetProfileEmailAsync(changer.UserId, contested);
        var registered = await IdentityClient.JsonAsync(await _identity.RegisterAsync(contested, password: "racer-password-1"));
        var racerId = registered.GetProperty("id").GetGuid();
        await PublishAsync(new UserEmailChanged(Guid.CreateVersion7(), MicrosecondNow(), changer.UserId, changer.Email, contested));

        // The changer's profile shows the login address again, and the racer's profile exists with the contested one.
        await Eventually.Until(() => ProfileEmailAsync(changer.UserId), email => email == changer.Email, Deadline, "the changer's profile restored");
        await Eventually.Until(() => ProfileEmailAsync(racerId), email => email == contested, Deadline, "the racer's profile created");

        Assert.Equal(HttpStatusCode.OK, (await _identity.LoginAsync(changer.Email)).StatusCode);
        var racer = Session.From(await IdentityClient.JsonAsync(await _identity.LoginAsync(contested, "racer-password-1")));
        Assert.Equal(racerId, racer.UserId);
        var racerProfile = await ProfileAsync(racerId, racer.AccessToken, profile => profile.ValueKind == JsonValueKind.Object);
        Assert.Equal(contested, racerProfile.GetProperty("email").GetString());
        var changerProfile = await ProfileAsync(changer.UserId, changer.AccessToken, profile => profile.GetProperty("email").GetString() == changer.Email);
        Assert.Equal(changer.Email, changerProfile.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_profile_that_changed_again_before_the_refusal_arrived_keeps_its_newest_address()
    {
        var changer = await _identity.SignUpAsync(IdentityClient.NewEmail("mover"));
        var other = await _identity.SignUpAsync(IdentityClient.NewEmail("holder"));
        await ProfileAsync(changer.UserId, changer.AccessToken, profile => profile.ValueKind == JsonValueKind.Object);
        var newest = IdentityClient.NewEmail("newest");
        await SetProfileEmailAsync(changer.UserId, newest);

        // Identity refuses the older change (the address signs in another account); the profile has moved on since.
        var refusalsBefore = await RefusalsAppliedAsync();
        await PublishAsync(new UserEmailChanged(Guid.CreateVersion7(), MicrosecondNow(), changer.UserId, changer.Email, other.Email));
        await Eventually.Until(RefusalsAppliedAsync, count => count > refusalsBefore, Deadline, "the refusal handled by Users");
        Assert.Equal(newest, await ProfileEmailAsync(changer.UserId));
        await PublishAsync(new UserEmailChanged(Guid.CreateVersion7(), MicrosecondNow(), changer.UserId, changer.Email, newest));

        await Eventually.Until(() => _identity.LoginAsync(newest), response => response.StatusCode == HttpStatusCode.OK, Deadline, "login follows the newest address");
        Assert.Equal(newest, await ProfileEmailAsync(changer.UserId));
    }

    private async Task<JsonElement> ProfileAsync(Guid userId, string token, Func<JsonElement, bool> until)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Eventually.Until(
            async () =>
            {
                using var response = await client.GetAsync(new Uri($"/api/users/{userId}", UriKind.Relative));
                return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : default;
            },
            profile => profile.ValueKind == JsonValueKind.Object && until(profile),
            Deadline,
            $"the profile of {userId}");
    }

    private Task PublishAsync<T>(T message)
        where T : class => factory.Services.GetRequiredService<IBus>().Publish(message);

    private static DateTimeOffset MicrosecondNow() => Modular.Shared.Kernel.Time.MicrosecondClock.Default.GetUtcNow();

    private static async Task SetProfileEmailAsync(Guid userId, string email)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE users.user_profiles SET email = @email, normalized_email = @email WHERE id = @id", connection);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("id", userId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<long> RefusalsAppliedAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM users.inbox_messages WHERE type = @type", connection);
        command.Parameters.AddWithValue("type", typeof(Modular.Identity.IntegrationEvents.UserEmailChangeRefused).FullName!);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string?> ProfileEmailAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT email FROM users.user_profiles WHERE id = @id AND deleted_at IS NULL", connection);
        command.Parameters.AddWithValue("id", userId);
        return await command.ExecuteScalarAsync() as string;
    }
}
