using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Security;

namespace Modular.Identity.UnitTests.Domain;

public sealed class UserAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Registration_normalizes_name_and_email_gives_the_user_role_and_raises_registered()
    {
        var account = UserAccount.Register("  Ann  ", "  Ann@Example.COM ", "hash", Now);

        Assert.Equal("Ann", account.Name);
        Assert.Equal("ann@example.com", account.Email);
        Assert.Equal(["user"], account.Roles);
        var registered = Assert.IsType<UserRegisteredDomainEvent>(Assert.Single(account.DomainEvents));
        Assert.Equal(new UserRegisteredDomainEvent(account.Id, "Ann", "ann@example.com", Now), registered);
    }

    [Fact]
    public void Role_changes_always_keep_user_in_a_fixed_order_and_raise_only_on_change()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", Now);
        account.ClearDomainEvents();

        Assert.True(account.ChangeRoles(["admin"], Now));
        Assert.Equal(["user", "admin"], account.Roles);
        Assert.False(account.ChangeRoles(["admin", "user", "admin"], Now));
        Assert.True(account.ChangeRoles([], Now));
        Assert.Equal(["user"], account.Roles);

        Assert.Equal(2, account.DomainEvents.OfType<UserRolesChangedDomainEvent>().Count());
    }

    [Fact]
    public void Each_change_of_roles_and_only_a_change_moves_the_roles_version_by_one()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", Now);
        Assert.Equal(0, account.RolesVersion);

        account.ChangeRoles(["admin"], Now);
        Assert.Equal(1, account.RolesVersion);
        account.ChangeRoles(["user", "admin"], Now);
        Assert.Equal(1, account.RolesVersion);
        account.ChangeRoles(["user"], Now);
        Assert.Equal(2, account.RolesVersion);
        Assert.Equal(0, UserAccount.RegisterAdministrator("Root", "root@example.com", "hash", Now).RolesVersion);
    }

    [Fact]
    public void A_disabled_account_cannot_sign_in_and_ignores_email_changes()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", Now);

        Assert.True(account.Disable(Now));
        Assert.False(account.Disable(Now.AddMinutes(1)));

        Assert.False(account.CanSignIn);
        Assert.Equal(Now, account.DisabledAt);
        Assert.False(account.FollowEmailChange("new@example.com", Now));
        Assert.Equal("ann@example.com", account.Email);
    }

    [Fact]
    public void Login_email_follows_a_change_in_normalized_form()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", Now);

        Assert.True(account.FollowEmailChange(" New@Example.com", Now.AddHours(1)));

        Assert.Equal("new@example.com", account.Email);
        Assert.Equal(Now.AddHours(1), account.UpdatedAt);
    }

    [Theory]
    [InlineData("jose\u0301@example.com")]
    [InlineData("JOSE\u0301@EXAMPLE.COM")]
    [InlineData(" Jos\u00c9@Example.com ")]
    public void Registration_stores_the_canonical_email_and_an_NFC_name(string email)
    {
        var account = UserAccount.Register("  Jose\u0301 Mari\u0301a ", email, "hash", Now);

        Assert.Equal("jos\u00e9@example.com", account.Email);
        Assert.Equal("Jos\u00e9 Mar\u00eda", account.Name);
        var registered = Assert.IsType<UserRegisteredDomainEvent>(Assert.Single(account.DomainEvents));
        Assert.Equal(("Jos\u00e9 Mar\u00eda", "jos\u00e9@example.com"), (registered.Name, registered.Email));
    }

    [Fact]
    public void An_email_change_to_another_composition_of_the_same_address_is_no_change()
    {
        var account = UserAccount.Register("Jos\u00e9", "jos\u00e9@example.com", "hash", Now);

        Assert.False(account.FollowEmailChange("JOSE\u0301@example.com", Now.AddHours(1)));
        Assert.Equal(Now, account.UpdatedAt);
    }

    [Fact]
    public void The_domain_roles_are_the_platforms_roles() => Assert.Equal(Roles.All, AccountRoles.All);
}
