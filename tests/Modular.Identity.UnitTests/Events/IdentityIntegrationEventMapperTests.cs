using Modular.Identity.Domain.Accounts;
using Modular.Identity.Infrastructure.Events;
using Modular.Identity.IntegrationEvents;

namespace Modular.Identity.UnitTests.Events;

public sealed class IdentityIntegrationEventMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(new IdentityIntegrationEventMapper().Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));

    [Fact]
    public void A_registration_leaves_as_user_registered()
    {
        var userId = Guid.CreateVersion7();

        var mapped = Assert.IsType<UserRegistered>(Assert.Single(new IdentityIntegrationEventMapper().Map(new UserRegisteredDomainEvent(userId, "Ann", "ann@example.com", Now))));

        Assert.NotEqual(Guid.Empty, mapped.EventId);
        Assert.Equal((Now, userId, "Ann", "ann@example.com"), (mapped.OccurredAt, mapped.UserId, mapped.Name, mapped.Email));
    }

    [Fact]
    public void A_role_change_leaves_as_user_roles_changed_with_the_complete_set()
    {
        var userId = Guid.CreateVersion7();

        var mapped = Assert.IsType<UserRolesChanged>(Assert.Single(new IdentityIntegrationEventMapper().Map(new UserRolesChangedDomainEvent(userId, ["user", "admin"], Now))));

        Assert.Equal(userId, mapped.UserId);
        Assert.Equal(["user", "admin"], mapped.Roles);
        Assert.Equal(Now, mapped.OccurredAt);
    }

    [Fact]
    public void A_refused_email_change_leaves_as_user_email_change_refused_with_the_address_that_stays()
    {
        var account = UserAccount.Register("Ann", "ann@example.com", "hash", Now);
        account.ClearDomainEvents();

        account.RefuseEmailChange("taken@example.com", Now);

        var mapped = Assert.IsType<UserEmailChangeRefused>(Assert.Single(new IdentityIntegrationEventMapper().Map(Assert.Single(account.DomainEvents))));
        Assert.Equal((Now, account.Id, "taken@example.com", "ann@example.com"), (mapped.OccurredAt, mapped.UserId, mapped.RefusedEmail, mapped.Email));
        Assert.Equal("ann@example.com", account.Email);
    }
}
