using Ardalis.Result;
using Modular.Users.Application.Abstractions;
using Modular.Users.Application.Profiles;
using Modular.Users.Application.Profiles.GetProfile;
using NSubstitute;

namespace Modular.Users.UnitTests.Application;

public sealed class GetProfileHandlerTests
{
    private readonly IProfileCache _cache = Substitute.For<IProfileCache>();
    private readonly IProfileReader _reader = Substitute.For<IProfileReader>();

    public GetProfileHandlerTests() =>
        _cache.GetOrLoadAsync(Arg.Any<Guid>(), Arg.Any<Func<CancellationToken, Task<ProfileResponse?>>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<Func<CancellationToken, Task<ProfileResponse?>>>()(CancellationToken.None));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_id_is_not_found_for_a_user_and_for_an_admin(bool callerIsAdmin)
    {
        var result = await new GetProfileHandler(_cache, _reader).HandleAsync(new GetProfileQuery(Guid.CreateVersion7(), Guid.CreateVersion7(), callerIsAdmin), CancellationToken.None);

        Assert.Equal(ResultStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Another_users_existing_profile_is_forbidden_for_a_non_admin_and_readable_by_an_admin()
    {
        var profile = new ProfileResponse(Guid.CreateVersion7(), "Ada", "ada@example.com", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        _reader.FindAsync(profile.Id, Arg.Any<CancellationToken>()).Returns(profile);
        var handler = new GetProfileHandler(_cache, _reader);

        var asUser = await handler.HandleAsync(new GetProfileQuery(profile.Id, Guid.CreateVersion7(), false), CancellationToken.None);
        var asAdmin = await handler.HandleAsync(new GetProfileQuery(profile.Id, Guid.CreateVersion7(), true), CancellationToken.None);
        var asSelf = await handler.HandleAsync(new GetProfileQuery(profile.Id, profile.Id, false), CancellationToken.None);

        Assert.Equal(ResultStatus.Forbidden, asUser.Status);
        Assert.Equal(profile, asAdmin.Value);
        Assert.Equal(profile, asSelf.Value);
    }

    [Fact]
    public async Task A_profile_found_neither_in_the_cache_nor_the_database_is_not_found()
    {
        var id = Guid.CreateVersion7();

        var result = await new GetProfileHandler(_cache, _reader).HandleAsync(new GetProfileQuery(id, Guid.CreateVersion7(), true), CancellationToken.None);

        Assert.Equal(ResultStatus.NotFound, result.Status);
        await _reader.Received(1).FindAsync(id, Arg.Any<CancellationToken>());
    }
}
