using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Login;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Domain.RefreshTokens;
using NSubstitute;

namespace Modular.Identity.UnitTests.Sessions;

public sealed class LoginHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly IUserAccountRepository _accounts = Substitute.For<IUserAccountRepository>();
    private readonly IPasswordHasher _passwords = Substitute.For<IPasswordHasher>();
    private readonly IRefreshTokenStore _store = Substitute.For<IRefreshTokenStore>();
    private readonly ITokenService _tokens = Substitute.For<ITokenService>();
    private readonly IAccountStates _states = Substitute.For<IAccountStates>();

    [Fact]
    public async Task An_unknown_email_spends_a_dummy_verification_and_answers_like_a_wrong_password()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindActiveByEmailAsync("ann@example.com", Arg.Any<CancellationToken>()).Returns(account);

        var unknown = await Handler().HandleAsync(new LoginCommand("nobody@example.com", "secret-1"), CancellationToken.None);
        var wrong = await Handler().HandleAsync(new LoginCommand("ANN@example.com", "secret-1"), CancellationToken.None);

        await _passwords.Received(1).VerifyAgainstDummyAsync("secret-1", Arg.Any<CancellationToken>());
        await _passwords.Received(1).VerifyAsync("secret-1", "hash", Arg.Any<CancellationToken>());
        Assert.Equal(ResultStatus.Unauthorized, unknown.Status);
        Assert.Equal(unknown.Status, wrong.Status);
        Assert.Equal(unknown.Errors, wrong.Errors);
    }

    [Fact]
    public async Task A_correct_password_starts_a_new_refresh_token_family()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindActiveByEmailAsync("ann@example.com", Arg.Any<CancellationToken>()).Returns(account);
        _passwords.VerifyAsync("secret-1", "hash", Arg.Any<CancellationToken>()).Returns(true);
        _tokens.RefreshTokenLifetime.Returns(TimeSpan.FromDays(7));
        _tokens.IssueAccessToken(account, Arg.Any<Guid>()).Returns(new IssuedAccessToken("access", 900));

        var result = await Handler().HandleAsync(new LoginCommand("Ann@Example.com", "secret-1"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(account.Id, result.Value.User.Id);
        await _store.Received(1).AddAsync(
            Arg.Is<RefreshToken>(token => token.FamilyId == token.Id && token.UserId == account.Id && token.TokenHash == RefreshTokenSecret.Hash(result.Value.RefreshToken)),
            Arg.Any<CancellationToken>());
        // The access token names the new login, the family (ADR 0044).
        var family = _store.ReceivedCalls().Select(call => call.GetArguments()[0]).OfType<RefreshToken>().Single().FamilyId;
        _tokens.Received(1).IssueAccessToken(account, family);
        // An account is published as active before it can present the token it receives (ADR 0021).
        await _states.Received(1).PublishActiveAsync(account.Id, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_failed_login_publishes_nothing()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindActiveByEmailAsync("ann@example.com", Arg.Any<CancellationToken>()).Returns(account);

        await Handler().HandleAsync(new LoginCommand("ann@example.com", "wrong-password"), CancellationToken.None);

        await _states.DidNotReceiveWithAnyArgs().PublishActiveAsync(default, default);
    }

    [Fact]
    public async Task A_canonically_equivalent_spelling_of_the_email_signs_in_the_same_account()
    {
        var account = UserAccount.Register("José", "jos\u00e9@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindActiveByEmailAsync("jos\u00e9@example.com", Arg.Any<CancellationToken>()).Returns(account);
        _passwords.VerifyAsync("secret-1", "hash", Arg.Any<CancellationToken>()).Returns(true);
        _tokens.IssueAccessToken(account, Arg.Any<Guid>()).Returns(new IssuedAccessToken("access", 900));

        var result = await Handler().HandleAsync(new LoginCommand("JOSE\u0301@Example.com", "secret-1"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(account.Id, result.Value.User.Id);
    }

    private LoginHandler Handler() => new(_accounts, _passwords, new SessionIssuer(_tokens, _store, _states, _clock));
}
