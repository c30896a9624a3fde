using Microsoft.Extensions.Time.Testing;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Sessions.Logout;
using Modular.Identity.Domain.RefreshTokens;
using NSubstitute;

namespace Modular.Identity.UnitTests.Sessions;

public sealed class LogoutHandlerTests
{
    private const string Secret = "presented-secret";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
    private readonly IRefreshTokenStore _store = Substitute.For<IRefreshTokenStore>();
    private readonly IAccountStates _states = Substitute.For<IAccountStates>();

    [Fact]
    public async Task Logout_revokes_the_family_then_publishes_the_end_of_that_login_only()
    {
        var userId = Guid.CreateVersion7();
        var token = RefreshToken.StartFamily(userId, RefreshTokenSecret.Hash(Secret), _clock.GetUtcNow(), TimeSpan.FromDays(7));
        _store.FindByHashAsync(RefreshTokenSecret.Hash(Secret), Arg.Any<CancellationToken>()).Returns(token);

        var result = await Handler().HandleAsync(new LogoutCommand(Secret), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Received.InOrder(() =>
        {
            _store.RevokeFamilyAsync(token.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
            _states.PublishSessionEndedAsync(userId, token.FamilyId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task An_unknown_token_succeeds_and_ends_nothing()
    {
        var result = await Handler().HandleAsync(new LogoutCommand("never issued"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        await _store.DidNotReceiveWithAnyArgs().RevokeFamilyAsync(default, default, default);
        await _states.DidNotReceiveWithAnyArgs().PublishSessionEndedAsync(default, default, default, default);
    }

    private LogoutHandler Handler() => new(_store, _states, _clock);
}
