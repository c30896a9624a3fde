using Ardalis.Result;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Refresh;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Domain.RefreshTokens;
using NSubstitute;

namespace Modular.Identity.UnitTests.Sessions;

public sealed class RefreshHandlerTests
{
    private const string Secret = "presented-secret";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly IRefreshTokenStore _store = Substitute.For<IRefreshTokenStore>();
    private readonly IUserAccountRepository _accounts = Substitute.For<IUserAccountRepository>();
    private readonly ITokenService _tokens = Substitute.For<ITokenService>();
    private readonly IAccountStates _states = Substitute.For<IAccountStates>();
    private readonly UserAccount _account;

    public RefreshHandlerTests()
    {
        _account = UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindAsync(_account.Id, Arg.Any<CancellationToken>()).Returns(_account);
        _tokens.RefreshTokenLifetime.Returns(Lifetime);
        _tokens.IssueAccessToken(_account, Arg.Any<Guid>()).Returns(new IssuedAccessToken("access", 900));
        _store.TrySaveRotationAsync(Arg.Any<RefreshToken>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    [Fact]
    public async Task An_active_token_is_rotated_into_a_successor_of_the_same_family()
    {
        var presented = Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _clock.Advance(TimeSpan.FromHours(1));

        var result = await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal("access", result.Value.AccessToken);
        Assert.Equal("Bearer", result.Value.TokenType);
        Assert.NotEqual(Secret, result.Value.RefreshToken);
        Assert.Equal(RefreshTokenState.Used, presented.StateAt(_clock.GetUtcNow()));
        await _store.Received(1).TrySaveRotationAsync(
            Arg.Is<RefreshToken>(successor => successor.FamilyId == presented.FamilyId && successor.TokenHash == RefreshTokenSecret.Hash(result.Value.RefreshToken)),
            Arg.Any<CancellationToken>());
        await _store.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default, default, default);
        _tokens.Received(1).IssueAccessToken(_account, presented.FamilyId);
        await _states.DidNotReceiveWithAnyArgs().PublishSessionEndedAsync(default, default, default, default);
    }

    [Fact]
    public async Task A_used_token_presented_again_revokes_its_family_and_is_refused()
    {
        var presented = RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime);
        presented.Rotate("successor", _clock.GetUtcNow(), Lifetime);
        Present(presented);

        var result = await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        Assert.Equal(ResultStatus.Unauthorized, result.Status);
        await _store.Received(1).RevokeFamilyAsync(presented.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
        await _store.DidNotReceiveWithAnyArgs().TrySaveRotationAsync(default!, default);
        // The login's access tokens end with it (ADR 0044).
        await _states.Received(1).PublishSessionEndedAsync(_account.Id, presented.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_expired_token_is_refused_without_revoking_anything()
    {
        Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _clock.Advance(Lifetime);

        var result = await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        Assert.Equal(ResultStatus.Unauthorized, result.Status);
        await _store.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default, default, default);
        await _store.DidNotReceiveWithAnyArgs().TrySaveRotationAsync(default!, default);
        await _states.DidNotReceiveWithAnyArgs().PublishSessionEndedAsync(default, default, default, default);
    }

    [Fact]
    public async Task An_unknown_token_is_refused()
    {
        var result = await Handler().HandleAsync(new RefreshCommand("never issued"), CancellationToken.None);

        Assert.Equal(ResultStatus.Unauthorized, result.Status);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_disabled_account_cannot_refresh()
    {
        Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _account.Disable(_clock.GetUtcNow());

        var result = await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        Assert.Equal(ResultStatus.Unauthorized, result.Status);
        await _store.DidNotReceiveWithAnyArgs().TrySaveRotationAsync(default!, default);
    }

    [Fact]
    public async Task Losing_a_concurrent_rotation_is_a_refusal_not_a_success_without_tokens()
    {
        Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _store.TrySaveRotationAsync(Arg.Any<RefreshToken>(), Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        Assert.Equal(ResultStatus.Unauthorized, result.Status);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Losing_a_concurrent_rotation_is_reuse_and_revokes_the_family_with_the_winner_s_successor()
    {
        var presented = Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _store.TrySaveRotationAsync(Arg.Any<RefreshToken>(), Arg.Any<CancellationToken>()).Returns(false);

        await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        await _store.Received(1).RevokeFamilyAsync(presented.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
        await _states.Received(1).PublishSessionEndedAsync(_account.Id, presented.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Winning_a_rotation_revokes_nothing()
    {
        Present(RefreshToken.StartFamily(_account.Id, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), Lifetime));
        _store.TrySaveRotationAsync(Arg.Any<RefreshToken>(), Arg.Any<CancellationToken>()).Returns(true);

        await Handler().HandleAsync(new RefreshCommand(Secret), CancellationToken.None);

        await _store.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default, default, default);
    }

    private RefreshToken Present(RefreshToken token)
    {
        _store.FindByHashAsync(RefreshTokenSecret.Hash(Secret), Arg.Any<CancellationToken>()).Returns(token);
        return token;
    }

    private RefreshHandler Handler() =>
        new(_store, _accounts, new SessionIssuer(_tokens, _store, _states, _clock), _states, _clock, NullLogger<RefreshHandler>.Instance);
}
