using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Modular.Identity.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.EmailChanges;
using Modular.Users.Domain.Profiles;
using Modular.Users.Domain.Profiles.Events;
using NSubstitute;

namespace Modular.Users.UnitTests.Application;

public sealed class RestoreEmailOnEmailChangeRefusedHandlerTests
{
    private readonly IUserProfileRepository _profiles = Substitute.For<IUserProfileRepository>();
    private readonly IProfileCache _cache = Substitute.For<IProfileCache>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly UserProfile _profile = UserProfile.Register(Guid.CreateVersion7(), "Ada", "ada@example.com", DateTimeOffset.UnixEpoch);
    private readonly RestoreEmailOnEmailChangeRefusedHandler _handler;

    public RestoreEmailOnEmailChangeRefusedHandlerTests()
    {
        _profile.Update(null, "Taken@Example.com", DateTimeOffset.UnixEpoch.AddDays(1));
        _profile.ClearDomainEvents();
        _profiles.FindActiveAsync(_profile.Id, Arg.Any<CancellationToken>()).Returns(_profile);
        _handler = new(_profiles, _cache, _clock, NullLogger<RestoreEmailOnEmailChangeRefusedHandler>.Instance);
    }

    [Fact]
    public async Task The_profile_shows_the_login_address_again_as_a_change_and_its_cached_read_is_dropped_after_the_commit()
    {
        await _handler.HandleAsync(Refused("taken@example.com"), CancellationToken.None);

        Assert.Equal("ada@example.com", _profile.Email);
        Assert.Equal(_clock.GetUtcNow(), _profile.UpdatedAt);
        Assert.Contains(_profile.DomainEvents, domainEvent => domainEvent is EmailChanged { OldEmail: "taken@example.com", NewEmail: "ada@example.com" });
        await _cache.DidNotReceiveWithAnyArgs().InvalidateAsync(default, default);

        await _handler.CommittedAsync(CancellationToken.None);

        await _cache.Received(1).InvalidateAsync(_profile.Id, Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("other@example.com")]
    [InlineData("someone-else@example.com")]
    public async Task A_profile_that_moved_on_to_another_address_is_left_as_it_is(string refused)
    {
        await _handler.HandleAsync(Refused(refused), CancellationToken.None);
        await _handler.CommittedAsync(CancellationToken.None);

        Assert.Equal("taken@example.com", _profile.Email);
        Assert.Empty(_profile.DomainEvents);
        await _cache.DidNotReceiveWithAnyArgs().InvalidateAsync(default, default);
    }

    [Fact]
    public async Task A_deleted_profile_is_left_as_it_is()
    {
        var gone = new UserEmailChangeRefused(Guid.CreateVersion7(), _clock.GetUtcNow(), Guid.CreateVersion7(), "taken@example.com", "ada@example.com");

        await _handler.HandleAsync(gone, CancellationToken.None);

        Assert.Equal("taken@example.com", _profile.Email);
    }

    [Fact]
    public async Task A_login_address_held_by_another_profile_waits_for_that_one()
    {
        _profiles.EmailInUseAsync("ada@example.com", _profile.Id, Arg.Any<CancellationToken>()).Returns(true);

        await Assert.ThrowsAsync<EventNotYetApplicableException>(() => _handler.HandleAsync(Refused("TAKEN@example.com"), CancellationToken.None));

        Assert.Equal("taken@example.com", _profile.Email);
    }

    private UserEmailChangeRefused Refused(string refusedEmail) =>
        new(Guid.CreateVersion7(), _clock.GetUtcNow(), _profile.Id, refusedEmail, "ada@example.com");
}
