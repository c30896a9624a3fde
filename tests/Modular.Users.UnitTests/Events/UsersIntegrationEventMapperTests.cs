using Modular.Users.Domain.Profiles.Events;
using Modular.Users.Infrastructure.Events;
using Modular.Users.IntegrationEvents;

namespace Modular.Users.UnitTests.Events;

public sealed class UsersIntegrationEventMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly UsersIntegrationEventMapper _mapper = new();

    [Fact]
    public void An_unmapped_domain_event_stays_inside_the_module() =>
        Assert.Empty(_mapper.Map(new UnrelatedDomainEvent(DateTimeOffset.UtcNow)));

    [Fact]
    public void Profile_updated_leaves_as_users_user_profile_updated()
    {
        var userId = Guid.CreateVersion7();

        var published = Assert.IsType<UserProfileUpdated>(Assert.Single(_mapper.Map(new ProfileUpdated(userId, "Ada", "ada@example.com", At))));

        Assert.Equal((userId, "Ada", "ada@example.com", At), (published.UserId, published.Name, published.Email, published.OccurredAt));
        Assert.NotEqual(Guid.Empty, published.EventId);
    }

    [Fact]
    public void Email_changed_leaves_as_users_user_email_changed()
    {
        var userId = Guid.CreateVersion7();

        var published = Assert.IsType<UserEmailChanged>(Assert.Single(_mapper.Map(new EmailChanged(userId, "old@example.com", "new@example.com", At))));

        Assert.Equal((userId, "old@example.com", "new@example.com", At), (published.UserId, published.OldEmail, published.NewEmail, published.OccurredAt));
    }

    [Fact]
    public void Profile_deleted_leaves_as_users_user_deleted_with_a_fresh_event_id_each_time()
    {
        var userId = Guid.CreateVersion7();

        var first = Assert.IsType<UserDeleted>(Assert.Single(_mapper.Map(new ProfileDeleted(userId, At))));
        var second = Assert.IsType<UserDeleted>(Assert.Single(_mapper.Map(new ProfileDeleted(userId, At))));

        Assert.Equal((userId, At), (first.UserId, first.OccurredAt));
        Assert.NotEqual(first.EventId, second.EventId);
    }
}
