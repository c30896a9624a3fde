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

    [Fact]
    public async Task A_non_admin_asking_for_another_id_is_forbidden_without_a_lookup()
    {
        var result = await new GetProfileHandler(_cache, _reader).HandleAsync(new GetProfileQuery(Guid.CreateVersion7(), Guid.CreateVersion7(), false), CancellationToken.None);

        Assert.Equal(ResultStatus.Forbidden, result.Status);
        Assert.Empty(_cache.ReceivedCalls());
    }

    [Fact]
    public async Task A_profile_found_neither_in_the_cache_nor_the_database_is_not_found()
    {
        _cache.GetOrLoadAsync(Arg.Any<Guid>(), Arg.Any<Func<CancellationToken, Task<ProfileResponse?>>>(), Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<Func<CancellationToken, Task<ProfileResponse?>>>()(CancellationToken.None));
        var id = Guid.CreateVersion7();

        var result = await new GetProfileHandler(_cache, _reader).HandleAsync(new GetProfileQuery(id, Guid.CreateVersion7(), true), CancellationToken.None);

        Assert.Equal(ResultStatus.NotFound, result.Status);
        await _reader.Received(1).FindAsync(id, Arg.Any<CancellationToken>());
    }
}
