using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.RefreshTokens;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Npgsql;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RefreshTokenTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Refresh_rotates_the_token_and_the_old_one_stops_working()
    {
        var session = await _client.SignUpAsync();

        var refreshed = await _client.RefreshAsync(session.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await IdentityClient.JsonAsync(refreshed);
        Assert.Equal(["accessToken", "expiresIn", "refreshToken", "tokenType", "user"], body.EnumerateObject().Select(property => property.Name).Order());
        var next = Session.From(body);
        Assert.Equal(session.UserId, next.UserId);
        Assert.NotEqual(session.RefreshToken, next.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await _client.MeAsync(next.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.RefreshAsync(next.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Reusing_a_used_token_is_401_and_revokes_the_whole_family()
    {
        var session = await _client.SignUpAsync();
        var otherLogin = await _client.SignInAsync(session.Email);
        var next = Session.From(await IdentityClient.JsonAsync(await _client.RefreshAsync(session.RefreshToken)));

        var reuse = await _client.RefreshAsync(session.RefreshToken);

        await Problem.AssertUnauthorizedAsync(reuse);
        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(next.RefreshToken));
        // Another login is another family: untouched.
        Assert.Equal(HttpStatusCode.OK, (await _client.RefreshAsync(otherLogin.RefreshToken)).StatusCode);
    }

    [Theory]
    [InlineData(2, 12)]
    [InlineData(8, 6)]
    public async Task Concurrent_refreshes_with_one_token_succeed_at_most_once_and_revoke_the_family_with_the_winner_s_token(int racers, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            var session = await _client.SignUpAsync();
            var otherLogin = await _client.SignInAsync(session.Email);
            using var start = new SemaphoreSlim(0);
            var racing = Enumerable.Range(0, racers).Select(async _ =>
            {
                await start.WaitAsync();
                return await _client.RefreshAsync(session.RefreshToken);
            }).ToList();
            start.Release(racers);

            var responses = await Task.WhenAll(racing);

            var succeeded = responses.Where(response => response.StatusCode == HttpStatusCode.OK).ToList();
            Assert.True(succeeded.Count <= 1, $"round {round}: {succeeded.Count} of {racers} concurrent refreshes succeeded");
            foreach (var refused in responses.Where(response => response.StatusCode != HttpStatusCode.OK))
            {
                await Problem.AssertUnauthorizedAsync(refused);
            }

            // Two holders of one token: the family is revoked, the winner's successor included; other logins untouched.
            await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(session.RefreshToken));
            foreach (var winner in succeeded)
            {
                var next = Session.From(await IdentityClient.JsonAsync(winner));
                await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(next.RefreshToken));
            }

            Assert.Equal(0, await IdentityDatabase.UnrevokedRefreshTokensOfFamilyAsync(session.RefreshToken));
            Assert.Equal(HttpStatusCode.OK, (await _client.RefreshAsync(otherLogin.RefreshToken)).StatusCode);
        }
    }

    [Fact]
    public async Task Refreshes_that_all_read_the_token_before_any_rotation_commits_revoke_the_family_with_the_winner_s_token()
    {
        const int racers = 4;
        var session = await _client.SignUpAsync();
        Task<HttpResponseMessage[]> racing;
        await using (var connection = new NpgsqlConnection(TestEnvironment.Postgres))
        {
            // The row lock makes every request read the token as active and then wait in its UPDATE: the race the probe
            // hit, every time. Released, one rotation wins and the others match no row.
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await LockTokenRowAsync(connection, transaction, session.RefreshToken);

            racing = Task.WhenAll(Enumerable.Range(0, racers).Select(_ => _client.RefreshAsync(session.RefreshToken)));
            await Eventually.Until(() => WaitingOnLocksAsync(), waiting => waiting >= racers, TimeSpan.FromSeconds(10), "every refresh waiting on the token's row");
            await transaction.CommitAsync();
        }

        var responses = await racing;

        var succeeded = Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(response => response != succeeded), response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(Session.From(await IdentityClient.JsonAsync(succeeded)).RefreshToken));
        Assert.Equal(0, await IdentityDatabase.UnrevokedRefreshTokensOfFamilyAsync(session.RefreshToken));
    }

    [Fact]
    public async Task A_logout_that_waits_on_a_concurrent_rotation_also_revokes_the_successor_it_commits()
    {
        var session = await _client.SignUpAsync();
        Task<HttpResponseMessage> refreshing, loggingOut;
        await using (var connection = new NpgsqlConnection(TestEnvironment.Postgres))
        {
            // The row lock queues the rotation first and the logout behind it: the rotation commits its successor while the
            // logout's UPDATE waits, so the successor is not in that statement's snapshot.
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await LockTokenRowAsync(connection, transaction, session.RefreshToken);

            refreshing = _client.RefreshAsync(session.RefreshToken);
            await Eventually.Until(() => WaitingOnLocksAsync(), waiting => waiting >= 1, TimeSpan.FromSeconds(10), "the rotation waiting on the token's row");
            loggingOut = _client.LogoutAsync(session.RefreshToken);
            await Eventually.Until(() => WaitingOnLocksAsync(), waiting => waiting >= 2, TimeSpan.FromSeconds(10), "the logout waiting behind it");
            await transaction.CommitAsync();
        }

        var rotated = Session.From(await IdentityClient.JsonAsync(await refreshing));
        Assert.Equal(HttpStatusCode.NoContent, (await loggingOut).StatusCode);

        Assert.Equal(0, await IdentityDatabase.UnrevokedRefreshTokensOfFamilyAsync(session.RefreshToken));
        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(rotated.RefreshToken));
        await Eventually.Until(() => _client.MeAsync(rotated.AccessToken), response => response.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "the successor's access token refused");
    }

    private static async Task<long> WaitingOnLocksAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%refresh_tokens%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_401_and_a_missing_one_400()
    {
        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync("bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMDEyMzQ1Njc4OQ"));
        var missing = await Problem.AssertAsync(await _client.RefreshAsync(""), HttpStatusCode.BadRequest);
        Assert.Equal("refreshToken", Problem.Errors(missing).Single().Field);
    }

    [Fact]
    public async Task Logout_answers_204_revokes_the_login_and_is_idempotent()
    {
        var session = await _client.SignUpAsync();
        var next = Session.From(await IdentityClient.JsonAsync(await _client.RefreshAsync(session.RefreshToken)));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.LogoutAsync(next.RefreshToken)).StatusCode);

        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(next.RefreshToken));
        Assert.Equal(HttpStatusCode.NoContent, (await _client.LogoutAsync(next.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.LogoutAsync("never-issued-token")).StatusCode);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_401_and_the_purge_deletes_it()
    {
        var expired = await _client.SignUpAsync();
        var live = await _client.SignInAsync(expired.Email);
        await IdentityDatabase.ExecuteAsync(
            "UPDATE identity.refresh_tokens SET expires_at = now() - interval '1 minute', created_at = now() - interval '8 days' WHERE user_id = $1 AND id = (SELECT id FROM identity.refresh_tokens WHERE user_id = $1 ORDER BY created_at LIMIT 1)",
            expired.UserId);

        await Problem.AssertUnauthorizedAsync(await _client.RefreshAsync(expired.RefreshToken));
        Assert.Equal(2, await IdentityDatabase.RefreshTokensOfUserAsync(expired.UserId));

        var purged = await factory.Services.GetRequiredService<RefreshTokenPurger>().PurgeExpiredAsync(CancellationToken.None);

        Assert.True(purged >= 1);
        Assert.Equal(1, await IdentityDatabase.RefreshTokensOfUserAsync(expired.UserId));
        Assert.Equal(HttpStatusCode.OK, (await _client.RefreshAsync(live.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        var session = await _client.SignUpAsync();

        Assert.Equal(0, await IdentityDatabase.RefreshTokensMatchingAsync(session.RefreshToken));
        Assert.Equal(1, await IdentityDatabase.RefreshTokensOfUserAsync(session.UserId));
    }

    /// <summary>Takes the row lock of a refresh token's row until <paramref name="transaction"/> ends.</summary>
    private static async Task LockTokenRowAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string refreshToken)
    {
        await using var lockRow = new NpgsqlCommand(
            "SELECT 1 FROM identity.refresh_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') FOR UPDATE", connection, transaction);
        lockRow.Parameters.Add(new NpgsqlParameter { Value = refreshToken });
        Assert.Equal(1, await lockRow.ExecuteScalarAsync());
    }
}
