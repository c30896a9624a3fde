using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles.UpdateProfile;
using Modular.Users.Domain.Profiles;
using NSubstitute;

namespace Modular.Users.UnitTests.Application;

public sealed class UpdateProfileHandlerTests
{
    private readonly IUserProfileRepository _profiles = Substitute.For<IUserProfileRepository>();
    private readonly IProfileCache _cache = Substitute.For<IProfileCache>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly UserProfile _profile = UserProfile.Register(Guid.CreateVersion7(), "Ada", "ada@example.com", DateTimeOffset.UnixEpoch);

    public UpdateProfileHandlerTests()
    {
        _profiles.FindActiveAsync(_profile.Id, Arg.Any<CancellationToken>()).Returns(_profile);
        _profiles.SaveAsync(Arg.Any<CancellationToken>()).Returns(ProfileSaveOutcome.Saved);
    }

    [Fact]
    public async Task Another_users_existing_profile_is_forbidden_for_a_non_admin_and_nothing_is_saved()
    {
        var result = await HandleAsync(new UpdateProfileCommand(_profile.Id, "X", null, Guid.CreateVersion7(), CallerIsAdmin: false));

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Equal("Ada", _profile.Name);
        await _profiles.DidNotReceiveWithAnyArgs().SaveAsync(default);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_or_deleted_profile_is_not_found_whoever_asks(bool callerIsAdmin)
    {
        var result = await HandleAsync(new UpdateProfileCommand(Guid.CreateVersion7(), "X", null, Guid.CreateVersion7(), callerIsAdmin));

        Assert.Equal(ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task A_change_is_saved_then_the_cached_profile_invalidated()
    {
        var result = await HandleAsync(new UpdateProfileCommand(_profile.Id, "Grace", null, _profile.Id, CallerIsAdmin: false));

        Assert.True(result.IsSuccess);
        Assert.Equal(("Grace", _clock.GetUtcNow()), (result.Value.Name, result.Value.UpdatedAt));
        Received.InOrder(() =>
        {
            _profiles.SaveAsync(Arg.Any<CancellationToken>());
            _cache.InvalidateAsync(_profile.Id, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_saves_nothing()
    {
        var result = await HandleAsync(new UpdateProfileCommand(_profile.Id, "Ada", null, _profile.Id, CallerIsAdmin: false));

        Assert.True(result.IsSuccess);
        await _profiles.DidNotReceiveWithAnyArgs().SaveAsync(default);
        await _cache.DidNotReceiveWithAnyArgs().InvalidateAsync(default, default);
    }

    [Fact]
    public async Task An_email_another_profile_holds_is_a_conflict_without_a_save()
    {
        _profiles.EmailInUseAsync("grace@example.com", _profile.Id, Arg.Any<CancellationToken>()).Returns(true);

        var result = await HandleAsync(new UpdateProfileCommand(_profile.Id, null, "grace@example.com", _profile.Id, CallerIsAdmin: false));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        await _profiles.DidNotReceiveWithAnyArgs().SaveAsync(default);
    }

    [Theory]
    [InlineData(nameof(ProfileSaveOutcome.EmailTaken))]
    [InlineData(nameof(ProfileSaveOutcome.ConcurrentChange))]
    public async Task A_race_lost_at_the_database_is_a_conflict_and_leaves_the_cache_alone(string outcome)
    {
        _profiles.SaveAsync(Arg.Any<CancellationToken>()).Returns(Enum.Parse<ProfileSaveOutcome>(outcome));

        var result = await HandleAsync(new UpdateProfileCommand(_profile.Id, null, "grace@example.com", _profile.Id, CallerIsAdmin: false));

        Assert.Equal(ResultStatus.Conflict, result.Status);
        await _cache.DidNotReceiveWithAnyArgs().InvalidateAsync(default, default);
    }

    private Task<Result<Modular.Users.Application.Profiles.ProfileResponse>> HandleAsync(UpdateProfileCommand command) =>
        new UpdateProfileHandler(_profiles, _cache, _clock).HandleAsync(command, CancellationToken.None);
}
