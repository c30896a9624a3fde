using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.Authentication.TokenCache;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// A token served from the cache of validated tokens (ADR 0039) is held to every check a validated token is: the account
/// behind it must still be live on every request (the contract's 5-second revocation bound), and only its exact text hits.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccessTokenCacheTests(ModularApiFactory factory)
{
    private static readonly TimeSpan RevocationBound = TimeSpan.FromSeconds(5);

    private ValidatedTokenCache Cache => factory.Services.GetRequiredService<ValidatedTokenCache>();

    [Fact]
    public async Task A_deleted_user_s_cached_token_is_refused_within_the_revocation_bound()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var session = await identity.SignUpAsync();
        using var client = Authorized(session.AccessToken);
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        AssertCached(session.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/users/{session.UserId}")).StatusCode);
        var deleted = Stopwatch.StartNew();

        await Eventually.Until(() => identity.MeAsync(session.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, RevocationBound, "the deleted user's token refused");
        Assert.True(deleted.Elapsed < RevocationBound, $"refused after {deleted.Elapsed}");
        await Problem.AssertUnauthorizedAsync(await client.GetAsync($"/api/users/{session.UserId}"));
        // Still cached: the refusal came from the per-request liveness check, not from the entry going away.
        AssertCached(session.AccessToken);
    }

    [Fact]
    public async Task A_cached_token_whose_account_is_disabled_without_an_announcement_is_refused_within_the_revocation_bound()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var session = await identity.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await identity.MeAsync(session.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await identity.MeAsync(session.AccessToken)).StatusCode);
        AssertCached(session.AccessToken);

        var disabled = Stopwatch.StartNew();
        await AccountStateStore.WriteSilentlyAsync(session.UserId, AccountStateKeys.Disabled);

        await Eventually.Until(() => identity.MeAsync(session.AccessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, RevocationBound, "the disabled account's token refused");
        Assert.True(disabled.Elapsed < RevocationBound, $"refused after {disabled.Elapsed}");
        AssertCached(session.AccessToken);
    }

    [Fact]
    public async Task A_token_with_one_character_of_its_signature_changed_is_401_after_the_valid_one_was_cached()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var session = await identity.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await identity.MeAsync(session.AccessToken)).StatusCode);
        AssertCached(session.AccessToken);
        var signature = session.AccessToken.LastIndexOf('.') + 1;

        // Each position of the signature but the last, whose low bits may be padding that decodes to the same bytes.
        foreach (var position in new[] { signature, signature + 10, session.AccessToken.Length - 2 })
        {
            var changed = session.AccessToken[position] == 'A' ? 'B' : 'A';
            var tampered = string.Concat(session.AccessToken.AsSpan(0, position), changed.ToString(), session.AccessToken.AsSpan(position + 1));

            await Problem.AssertUnauthorizedAsync(await identity.MeAsync(tampered));
            Assert.Null(Cache.Find(tampered, TimeSpan.Zero));
        }

        Assert.Equal(HttpStatusCode.OK, (await identity.MeAsync(session.AccessToken)).StatusCode);
    }

    private void AssertCached(string token) =>
        Assert.True(Cache.Find(token, TimeSpan.Zero)?.IsValid, "the token is served from the cache of validated tokens");

    private HttpClient Authorized(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
