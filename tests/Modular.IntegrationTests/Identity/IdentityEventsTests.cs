using System.Diagnostics;
using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Users.IntegrationEvents;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class IdentityEventsTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Registration_publishes_user_registered_with_the_contracts_fields()
    {
        await using var audit = await EventAudit.BindAsync("identity.user-registered");
        var email = IdentityClient.NewEmail("event");

        var registered = await IdentityClient.JsonAsync(await _client.RegisterAsync(email.ToUpperInvariant(), name: "Grace Hopper"));

        var userId = registered.GetProperty("id").GetGuid();
        var message = await audit.WaitForAsync(m => m.GetProperty("userId").GetGuid() == userId, TimeSpan.FromSeconds(10));
        Assert.Equal(["email", "eventId", "name", "occurredAt", "userId"], message.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal("Grace Hopper", message.GetProperty("name").GetString());
        Assert.Equal(email, message.GetProperty("email").GetString());
        Assert.NotEqual(Guid.Empty, message.GetProperty("eventId").GetGuid());
        Assert.EndsWith("Z", message.GetProperty("occurredAt").GetString());
        Assert.DoesNotContain(IdentityClient.Password, message.GetRawText());
    }

    [Fact]
    public async Task A_losing_duplicate_registration_publishes_nothing()
    {
        var email = IdentityClient.NewEmail("once");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.RegisterAsync(email)));

        Assert.Equal(1, await IdentityDatabase.RegisteredEventsForEmailAsync(email));
    }

    [Fact]
    public async Task Login_follows_an_email_change_from_users()
    {
        var session = await _client.SignUpAsync();
        var newEmail = IdentityClient.NewEmail("changed");
        await WaitForBusAsync();

        await PublishAsync(new UserEmailChanged(Guid.CreateVersion7(), DateTimeOffset.UtcNow, session.UserId, session.Email, newEmail.ToUpperInvariant()));

        await Eventually.Until(() => _client.LoginAsync(newEmail), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(5), "login with the new email");
        await Problem.AssertUnauthorizedAsync(await _client.LoginAsync(session.Email));
        var me = await IdentityClient.JsonAsync(await _client.MeAsync(session.AccessToken));
        Assert.Equal(newEmail, me.GetProperty("email").GetString());
        // The old address is free again.
        Assert.Equal(HttpStatusCode.Created, (await _client.RegisterAsync(session.Email)).StatusCode);
    }

    [Fact]
    public async Task An_email_change_to_an_address_another_account_holds_keeps_the_old_email()
    {
        var session = await _client.SignUpAsync();
        var other = await _client.SignUpAsync();
        await WaitForBusAsync();
        var change = new UserEmailChanged(Guid.CreateVersion7(), DateTimeOffset.UtcNow, session.UserId, session.Email, other.Email.ToUpperInvariant());

        await PublishAsync(change);

        await Eventually.Until(() => IdentityDatabase.InboxEntriesAsync(change.EventId), count => count == 1, TimeSpan.FromSeconds(5), "the change handled");
        Assert.Equal(HttpStatusCode.OK, (await _client.LoginAsync(session.Email)).StatusCode);
        var otherLogin = Session.From(await IdentityClient.JsonAsync(await _client.LoginAsync(other.Email)));
        Assert.Equal(other.UserId, otherLogin.UserId);
    }

    [Fact]
    public async Task A_deleted_user_is_locked_out_within_5_seconds_and_the_email_can_be_registered_again()
    {
        var session = await _client.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await _client.MeAsync(session.AccessToken)).StatusCode);
        await WaitForBusAsync();

        var deleted = Stopwatch.StartNew();
        await PublishAsync(new UserDeleted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, session.UserId));

        await Eventually.Until(() => _client.MeAsync(session.AccessToken), response => response.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the old access token refused");
        Assert.True(deleted.Elapsed < TimeSpan.FromSeconds(5), $"refused after {deleted.Elapsed}");
        await Problem.AssertUnauthorizedAsync(await _client.MeAsync(session.AccessToken));
        await Problem.AssertUnauthorizedAsync(await _client.LoginAsync(session.Email));
        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(session.RefreshToken));

        var again = await _client.RegisterAsync(session.Email);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var newId = (await IdentityClient.JsonAsync(again)).GetProperty("id").GetGuid();
        Assert.NotEqual(session.UserId, newId);
        var fresh = await _client.SignInAsync(session.Email);
        Assert.Equal(newId, fresh.UserId);
        Assert.Equal(HttpStatusCode.OK, (await _client.MeAsync(fresh.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task A_redelivered_deletion_changes_nothing_twice()
    {
        var session = await _client.SignUpAsync();
        await WaitForBusAsync();
        var deletion = new UserDeleted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, session.UserId);

        await PublishAsync(deletion);
        await PublishAsync(deletion);

        await Eventually.Until(() => _client.LoginAsync(session.Email), response => response.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "login refused");
        Assert.Equal(HttpStatusCode.Created, (await _client.RegisterAsync(session.Email)).StatusCode);
    }

    private async Task PublishAsync<T>(T message)
        where T : class =>
        await factory.Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>Until the bus is up, Identity's queues may not be bound yet: an event published now would be dropped.</summary>
    private Task WaitForBusAsync()
    {
        var bus = factory.Services.GetRequiredService<IBusControl>();
        return Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus ready");
    }
}
