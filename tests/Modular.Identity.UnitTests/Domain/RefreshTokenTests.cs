using Modular.Identity.Domain.RefreshTokens;

namespace Modular.Identity.UnitTests.Domain;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    [Fact]
    public void A_login_starts_a_family_of_its_own()
    {
        var token = RefreshToken.StartFamily(Guid.CreateVersion7(), "hash", Now, Lifetime);

        Assert.Equal(token.Id, token.FamilyId);
        Assert.Equal(Now + Lifetime, token.ExpiresAt);
        Assert.Equal(RefreshTokenState.Active, token.StateAt(Now));
    }

    [Fact]
    public void A_token_expires_at_the_end_of_its_lifetime()
    {
        var token = RefreshToken.StartFamily(Guid.CreateVersion7(), "hash", Now, Lifetime);

        Assert.Equal(RefreshTokenState.Active, token.StateAt(Now + Lifetime - TimeSpan.FromTicks(1)));
        Assert.Equal(RefreshTokenState.Expired, token.StateAt(Now + Lifetime));
    }

    [Fact]
    public void Rotation_uses_the_token_up_and_issues_a_successor_in_the_same_family()
    {
        var userId = Guid.CreateVersion7();
        var token = RefreshToken.StartFamily(userId, "first", Now, Lifetime);
        var later = Now.AddDays(2);

        var successor = token.Rotate("second", later, Lifetime);

        Assert.Equal(RefreshTokenState.Used, token.StateAt(later));
        Assert.Equal(later, token.UsedAt);
        Assert.Equal(RefreshTokenState.Active, successor.StateAt(later));
        Assert.Equal(token.FamilyId, successor.FamilyId);
        Assert.Equal(userId, successor.UserId);
        Assert.NotEqual(token.Id, successor.Id);
        Assert.Equal("second", successor.TokenHash);
        Assert.Equal(later + Lifetime, successor.ExpiresAt);
    }

    [Fact]
    public void A_used_token_stays_used_after_it_expires_so_reuse_is_still_detected()
    {
        var token = RefreshToken.StartFamily(Guid.CreateVersion7(), "hash", Now, Lifetime);
        token.Rotate("next", Now.AddMinutes(1), Lifetime);

        Assert.Equal(RefreshTokenState.Used, token.StateAt(Now + Lifetime + TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Only_an_active_token_can_be_rotated()
    {
        var used = RefreshToken.StartFamily(Guid.CreateVersion7(), "hash", Now, Lifetime);
        used.Rotate("next", Now, Lifetime);
        var expired = RefreshToken.StartFamily(Guid.CreateVersion7(), "hash", Now, Lifetime);

        Assert.Throws<InvalidOperationException>(() => used.Rotate("again", Now, Lifetime));
        Assert.Throws<InvalidOperationException>(() => expired.Rotate("late", Now + Lifetime, Lifetime));
    }
}
