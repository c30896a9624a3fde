using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Identity.Application.Abstractions;
using Modular.Identity.Application.Accounts.ChangeRoles;
using Modular.Identity.Domain.Accounts;
using NSubstitute;

namespace Modular.Identity.UnitTests.Accounts;

public sealed class ChangeRolesHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));
    private readonly IUserAccountRepository _accounts = Substitute.For<IUserAccountRepository>();
    private readonly IAccountStates _states = Substitute.For<IAccountStates>();

    [Fact]
    public async Task A_committed_change_publishes_the_new_roles_version_after_the_commit()
    {
        var account = Account();
        _accounts.TrySaveRolesChangeAsync(Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler().HandleAsync(new ChangeRolesCommand(account.Id, ["user", "admin"]), CancellationToken.None);

        Assert.Equal(ResultStatus.Ok, result.Status);
        Received.InOrder(() =>
        {
            _accounts.TrySaveRolesChangeAsync(Arg.Any<CancellationToken>());
            _states.PublishRolesVersionAsync(account.Id, 1, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task A_change_that_lost_to_a_concurrent_one_is_409_and_publishes_nothing()
    {
        var account = Account();
        _accounts.TrySaveRolesChangeAsync(Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().HandleAsync(new ChangeRolesCommand(account.Id, ["user", "admin"]), CancellationToken.None);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        await _states.DidNotReceiveWithAnyArgs().PublishRolesVersionAsync(default, default, default);
    }

    [Fact]
    public async Task The_same_roles_again_save_and_publish_nothing_so_no_token_is_refused()
    {
        var account = Account();

        var result = await Handler().HandleAsync(new ChangeRolesCommand(account.Id, ["user"]), CancellationToken.None);

        Assert.Equal(ResultStatus.Ok, result.Status);
        await _accounts.DidNotReceiveWithAnyArgs().TrySaveRolesChangeAsync(default);
        await _states.DidNotReceiveWithAnyArgs().PublishRolesVersionAsync(default, default, default);
    }

    private UserAccount Account()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);
        return account;
    }

    private ChangeRolesHandler Handler() => new(_accounts, _states, _clock);
}
