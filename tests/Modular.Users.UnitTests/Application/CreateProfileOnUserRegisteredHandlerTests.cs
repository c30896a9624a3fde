using Microsoft.Extensions.Logging.Abstractions;
using Modular.Identity.IntegrationEvents;
using Modular.Shared.Application.Events;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Registration;
using Modular.Users.Domain.Profiles;
using NSubstitute;

namespace Modular.Users.UnitTests.Application;

public sealed class CreateProfileOnUserRegisteredHandlerTests
{
    private readonly IUserProfileRepository _profiles = Substitute.For<IUserProfileRepository>();
    private readonly UserRegistered _registered = new(Guid.CreateVersion7(), DateTimeOffset.UnixEpoch, Guid.CreateVersion7(), " Ada ", "Ada@Example.com");

    [Fact]
    public async Task A_new_account_gets_a_profile_created_at_its_registration()
    {
        await HandleAsync();

        _profiles.Received(1).Add(Arg.Is<UserProfile>(profile =>
            profile.Id == _registered.UserId && profile.Name == "Ada" && profile.NormalizedEmail == "ada@example.com" && profile.CreatedAt == DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task An_account_whose_profile_exists_or_existed_gets_nothing_new()
    {
        _profiles.ExistsAsync(_registered.UserId, Arg.Any<CancellationToken>()).Returns(true);

        await HandleAsync();

        _profiles.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task An_email_held_by_another_profile_waits_for_that_profiles_refused_change_to_be_undone()
    {
        _profiles.EmailInUseAsync(_registered.Email, _registered.UserId, Arg.Any<CancellationToken>()).Returns(true);

        await Assert.ThrowsAsync<EventNotYetApplicableException>(HandleAsync);

        _profiles.DidNotReceiveWithAnyArgs().Add(default!);
    }

    private Task HandleAsync() =>
        new CreateProfileOnUserRegisteredHandler(_profiles, NullLogger<CreateProfileOnUserRegisteredHandler>.Instance).HandleAsync(_registered, CancellationToken.None);
}
