using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Users.Application.Abstractions;
using Modular.Users.Domain.Profiles;

namespace Modular.IntegrationTests.Users;

/// <summary>The database, not a prior check, decides races: the unique email index and the row version.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProfileStoreTests(ModularApiFactory factory)
{
    [Fact]
    public async Task The_unique_index_refuses_a_taken_email_even_without_the_early_check()
    {
        var holder = UserProfile.Register(Guid.CreateVersion7(), "Holder", $"{UsersApi<Program>.Unique("idx")}@example.com", DateTimeOffset.UtcNow);
        var taker = UserProfile.Register(Guid.CreateVersion7(), "Taker", $"{UsersApi<Program>.Unique("idx")}@example.com", DateTimeOffset.UtcNow);
        await SaveNewAsync(holder, taker);

        await using var scope = factory.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<IUserProfileRepository>();
        var loaded = (await profiles.FindActiveAsync(taker.Id, CancellationToken.None))!;
        loaded.Update(null, holder.Email.ToUpperInvariant(), DateTimeOffset.UtcNow);

        Assert.Equal(ProfileSaveOutcome.EmailTaken, await profiles.SaveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_profiles_email_is_free_at_the_index()
    {
        var gone = UserProfile.Register(Guid.CreateVersion7(), "Gone", $"{UsersApi<Program>.Unique("free")}@example.com", DateTimeOffset.UtcNow);
        var email = gone.Email;
        gone.Delete(DateTimeOffset.UtcNow);
        await SaveNewAsync(gone);

        await SaveNewAsync(UserProfile.Register(Guid.CreateVersion7(), "Next", email, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Of_two_concurrent_changes_to_one_profile_the_second_save_is_refused()
    {
        var profile = UserProfile.Register(Guid.CreateVersion7(), "Contested", $"{UsersApi<Program>.Unique("ver")}@example.com", DateTimeOffset.UtcNow);
        await SaveNewAsync(profile);
        await using var firstScope = factory.Services.CreateAsyncScope();
        await using var secondScope = factory.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<IUserProfileRepository>();
        var second = secondScope.ServiceProvider.GetRequiredService<IUserProfileRepository>();
        var firstCopy = (await first.FindActiveAsync(profile.Id, CancellationToken.None))!;
        var secondCopy = (await second.FindActiveAsync(profile.Id, CancellationToken.None))!;

        firstCopy.Update("First", null, DateTimeOffset.UtcNow);
        secondCopy.Update("Second", null, DateTimeOffset.UtcNow);

        Assert.Equal(ProfileSaveOutcome.Saved, await first.SaveAsync(CancellationToken.None));
        Assert.Equal(ProfileSaveOutcome.ConcurrentChange, await second.SaveAsync(CancellationToken.None));
    }

    private async Task SaveNewAsync(params UserProfile[] created)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var profiles = scope.ServiceProvider.GetRequiredService<IUserProfileRepository>();
        foreach (var profile in created)
        {
            profiles.Add(profile);
        }

        Assert.Equal(ProfileSaveOutcome.Saved, await profiles.SaveAsync(CancellationToken.None));
    }
}
