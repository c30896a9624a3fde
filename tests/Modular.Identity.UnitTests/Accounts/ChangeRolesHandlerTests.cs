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
        _accounts.SaveRolesChangeAsync(account, false, Arg.Any<CancellationToken>()).Returns(RolesChangeSave.Saved);

        var result = await Handler().HandleAsync(new ChangeRolesCommand(account.Id, ["user", "admin"]), CancellationToken.None);

        Assert.Equal(ResultStatus.Ok, result.Status);
        Received.InOrder(() =>
        {
            _accounts.SaveRolesChangeAsync(account, false, Arg.Any<CancellationToken>());
            _states.PublishRolesVersionAsync(account.Id, 1, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task A_change_that_lost_to_a_concurrent_one_is_409_and_publishes_nothing()
    {
        var account = Account();
        _accounts.SaveRolesChangeAsync(account, false, Arg.Any<CancellationToken>()).Returns(RolesChangeSave.ConcurrentChange);

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
        await _accounts.DidNotReceiveWithAnyArgs().SaveRolesChangeAsync(default!, default, default);
        await _states.DidNotReceiveWithAnyArgs().PublishRolesVersionAsync(default, default, default);
    }

    [Fact]
    public async Task Taking_admin_from_an_administrator_asks_for_the_guarded_save_and_the_last_one_is_409()
    {
        var account = Account(administrator: true);
        _accounts.SaveRolesChangeAsync(account, true, Arg.Any<CancellationToken>()).Returns(RolesChangeSave.LastAdministrator);

        var result = await Handler().HandleAsync(new ChangeRolesCommand(account.Id, ["user"]), CancellationToken.None);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Contains("only active administrator", Assert.Single(result.Errors), StringComparison.Ordinal);
        await _states.DidNotReceiveWithAnyArgs().PublishRolesVersionAsync(default, default, default);
    }

    [Theory]
    [InlineData(true, new[] { "user" }, true)]
    [InlineData(true, new string[0], true)]
    [InlineData(true, new[] { "admin" }, false)]
    [InlineData(true, new[] { "user", "admin" }, false)]
    [InlineData(false, new[] { "user" }, false)]
    [InlineData(false, new[] { "user", "admin" }, false)]
    public void Only_a_role_set_without_admin_given_to_an_administrator_takes_administration_away(bool administrator, string[] roles, bool loses)
    {
        var account = Account(administrator);

        Assert.Equal(loses, account.WouldLoseAdministration(roles));
    }

    private UserAccount Account(bool administrator = false)
    {
        var account = administrator
            ? UserAccount.RegisterAdministrator("Ann", "ann@example.com", "hash", _clock.GetUtcNow())
            : UserAccount.Register("Ann", "ann@example.com", "hash", _clock.GetUtcNow());
        _accounts.FindAsync(account.Id, Arg.Any<CancellationToken>()).Returns(account);
        return account;
    }

    private ChangeRolesHandler Handler() => new(_accounts, _states, _clock);
}
