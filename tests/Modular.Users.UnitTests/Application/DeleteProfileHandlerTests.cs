using Ardalis.Result;
using Microsoft.Extensions.Time.Testing;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles.DeleteProfile;
using Modular.Users.Domain.Profiles;
using NSubstitute;

namespace Modular.Users.UnitTests.Application;

public sealed class DeleteProfileHandlerTests
{
    private readonly IUserProfileRepository _profiles = Substitute.For<IUserProfileRepository>();
    private readonly IProfileCache _cache = Substitute.For<IProfileCache>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
    private readonly UserProfile _profile = UserProfile.Register(Guid.CreateVersion7(), "Ada", "ada@example.com", DateTimeOffset.UnixEpoch);

    public DeleteProfileHandlerTests()
    {
        _profiles.FindActiveAsync(_profile.Id, Arg.Any<CancellationToken>()).Returns(_profile);
        _profiles.SaveAsync(Arg.Any<CancellationToken>()).Returns(ProfileSaveOutcome.Saved);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_or_deleted_profile_is_not_found_whoever_asks(bool callerIsAdmin)
    {
        var result = await HandleAsync(new DeleteProfileCommand(Guid.CreateVersion7(), Guid.CreateVersion7(), callerIsAdmin));

        Assert.Equal(ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Another_users_existing_profile_is_forbidden_for_a_non_admin_and_stays()
    {
        var result = await HandleAsync(new DeleteProfileCommand(_profile.Id, Guid.CreateVersion7(), CallerIsAdmin: false));

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.False(_profile.IsDeleted);
        await _profiles.DidNotReceiveWithAnyArgs().SaveAsync(default);
        await _cache.DidNotReceiveWithAnyArgs().InvalidateAsync(default, default);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_user_themself_or_an_admin_deletes_it(bool byAdmin)
    {
        var result = await HandleAsync(new DeleteProfileCommand(_profile.Id, byAdmin ? Guid.CreateVersion7() : _profile.Id, byAdmin));

        Assert.True(result.IsSuccess);
        Assert.True(_profile.IsDeleted);
        await _cache.Received(1).InvalidateAsync(_profile.Id, Arg.Any<CancellationToken>());
    }

    private Task<Result<Modular.Shared.Application.Messaging.Unit>> HandleAsync(DeleteProfileCommand command) =>
        new DeleteProfileHandler(_profiles, _cache, _clock).HandleAsync(command, CancellationToken.None);
}
