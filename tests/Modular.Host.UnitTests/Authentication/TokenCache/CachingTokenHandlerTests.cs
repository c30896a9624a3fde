using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Modular.Host.Platform.Authentication.TokenCache;

namespace Modular.Host.UnitTests.Authentication.TokenCache;

public sealed class CachingTokenHandlerTests : IDisposable
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    // On a whole second: a token's exp and nbf are whole seconds, and the boundary tests sit exactly on them.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private readonly CountingTokenHandler _inner = new();
    private ValidatedTokenCache _cache;
    private CachingTokenHandler _handler;

    public CachingTokenHandlerTests() => (_cache, _handler) = Create(new AccessTokenCacheOptions());

    [Fact]
    public async Task A_token_validated_once_is_served_again_without_being_validated()
    {
        var token = TestJwt.Valid();

        var first = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));
        var second = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Validations);
        Assert.Same(first.SecurityToken, second.SecurityToken);
        Assert.Equal(Claims(first), Claims(second));
        Assert.Equal(first.ClaimsIdentity.Name, second.ClaimsIdentity.Name);
    }

    [Fact]
    public async Task Each_request_gets_a_claims_identity_of_its_own()
    {
        var token = TestJwt.Valid();
        var first = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        first.ClaimsIdentity.AddClaim(new("role", "admin"));
        var second = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.False(second.ClaimsIdentity.HasClaim("role", "admin"));
        Assert.Equal(first.ClaimsIdentity.GetType(), second.ClaimsIdentity.GetType());
    }

    [Fact]
    public async Task A_cached_token_is_served_until_its_expiry_plus_the_skew_and_refused_after_it()
    {
        Replace(new AccessTokenCacheOptions { MaxAge = TimeSpan.FromMinutes(5) });
        var expires = _clock.GetUtcNow().UtcDateTime.AddSeconds(60);
        var token = TestJwt.Mint(_clock.GetUtcNow().UtcDateTime.AddSeconds(-1), expires);
        Assert.True((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);

        _clock.Advance(TimeSpan.FromSeconds(60) + Skew);
        Assert.True((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        Assert.False(refused.IsValid);
        Assert.Equal(expires, Assert.IsType<SecurityTokenExpiredException>(refused.Exception).Expires, TimeSpan.FromSeconds(1));
        Assert.Equal(1, _inner.Validations);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task A_cached_token_is_refused_when_the_clock_goes_back_before_its_not_before_less_the_skew()
    {
        var token = TestJwt.Valid();
        Assert.True((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);
        // The clock steps back (a time sync): FakeTimeProvider only goes forward, so a second cache on an earlier clock.
        var (cache, handler) = Create(new AccessTokenCacheOptions(), new FakeTimeProvider(_clock.GetUtcNow().AddMinutes(-10)));
        using (cache)
        {
            Assert.True((await handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);

            var refused = await handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

            Assert.False(refused.IsValid);
            Assert.IsType<SecurityTokenNotYetValidException>(refused.Exception);
            Assert.Equal(0, cache.Count);
        }
    }

    [Fact]
    public async Task A_refused_token_is_never_cached()
    {
        var valid = TestJwt.Valid();
        Assert.True((await _handler.ValidateTokenAsync(valid, TestJwt.Parameters(Skew))).IsValid);
        var refused = new[]
        {
            TestJwt.Tampered(valid),
            TestJwt.Mint(DateTime.UtcNow.AddSeconds(-1), DateTime.UtcNow.AddMinutes(15), "another-signing-key-of-enough-length-0123456789"),
            TestJwt.Mint(DateTime.UtcNow.AddMinutes(-20), DateTime.UtcNow.AddMinutes(-5)),
        };

        foreach (var token in refused)
        {
            Assert.False((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);
            Assert.False((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew))).IsValid);
        }

        Assert.Equal(1 + (refused.Length * 2), _inner.Validations);
        Assert.Equal(1, _cache.Count);
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_never_cached()
    {
        var token = TestJwt.Mint(DateTime.UtcNow.AddSeconds(-1), expires: null);

        Assert.True((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew, requireExpirationTime: false))).IsValid);
        Assert.True((await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew, requireExpirationTime: false))).IsValid);

        Assert.Equal(2, _inner.Validations);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task A_token_is_validated_again_once_it_was_cached_for_the_max_age()
    {
        Replace(new AccessTokenCacheOptions { MaxAge = TimeSpan.FromSeconds(20) });
        var token = TestJwt.Valid();
        await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        _clock.Advance(TimeSpan.FromSeconds(19));
        await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));
        Assert.Equal(1, _inner.Validations);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var again = await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));
        await _handler.ValidateTokenAsync(token, TestJwt.Parameters(Skew));

        Assert.True(again.IsValid);
        Assert.Equal(2, _inner.Validations);
    }

    [Fact]
    public async Task A_flood_of_distinct_tokens_never_holds_more_than_the_size_limit()
    {
        Replace(new AccessTokenCacheOptions { SizeLimit = 3 });

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await _handler.ValidateTokenAsync(TestJwt.Valid(), TestJwt.Parameters(Skew))).IsValid);
            Assert.InRange(_cache.Count, 1, 3);
        }

        Assert.Equal(20, _inner.Validations);
    }

    public void Dispose() => _cache.Dispose();

    private void Replace(AccessTokenCacheOptions options)
    {
        _cache.Dispose();
        (_cache, _handler) = Create(options);
    }

    private (ValidatedTokenCache Cache, CachingTokenHandler Handler) Create(AccessTokenCacheOptions options, TimeProvider? clock = null)
    {
        var cache = new ValidatedTokenCache(Options.Create(options), clock ?? _clock);
        return (cache, new CachingTokenHandler(_inner, cache));
    }

    private static string[] Claims(TokenValidationResult result) =>
        [.. result.ClaimsIdentity.Claims.Select(claim => $"{claim.Type}={claim.Value}").Order(StringComparer.Ordinal)];
}
