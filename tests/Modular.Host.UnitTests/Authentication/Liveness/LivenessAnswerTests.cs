using System.Security.Claims;
using Modular.Host.Platform.Authentication;
using Modular.Host.Platform.Authentication.Liveness;
using Modular.Shared.Web.Authentication;

namespace Modular.Host.UnitTests.Authentication.Liveness;

/// <summary>Which tokens an account's published state serves (ADR 0021), which roles versions (ADR 0041) and which logins (ADR 0044).</summary>
public sealed class LivenessAnswerTests
{
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, true)]
    [InlineData(2, 3, false)]
    [InlineData(0, 1, false)]
    public void An_active_account_accepts_a_token_only_if_it_was_issued_with_its_current_roles(int tokenVersion, int publishedVersion, bool accepted) =>
        Assert.Equal(accepted, new LivenessAnswer(AccountState.Active, publishedVersion, 0).Accepts(tokenVersion, null));

    [Theory]
    [InlineData(nameof(AccountState.Disabled), false)]
    [InlineData(nameof(AccountState.Unknown), false)]
    [InlineData(nameof(AccountState.Unpublished), true)]
    [InlineData(nameof(AccountState.Active), true)]
    public void Only_an_active_or_not_yet_published_account_is_served_whatever_the_version(string state, bool served)
    {
        var answer = new LivenessAnswer(Enum.Parse<AccountState>(state), 0, 0);

        Assert.Equal(served, answer.IsServed);
        Assert.Equal(served, answer.Accepts(5, Guid.CreateVersion7()));
    }

    [Fact]
    public void A_token_of_an_ended_login_is_refused_and_the_account_s_other_logins_and_tokens_without_sid_are_served()
    {
        var (ended, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var answer = new LivenessAnswer(AccountState.Active, 0, 0, [Guid.CreateVersion7(), ended]);

        Assert.False(answer.Accepts(0, ended));
        Assert.True(answer.Accepts(0, other));
        Assert.True(answer.Accepts(0, null));
        Assert.True(new LivenessAnswer(AccountState.Active, 0, 0).Accepts(0, ended));
    }

    [Fact]
    public void The_ended_logins_of_a_disabled_account_do_not_make_its_other_tokens_servable()
    {
        var answer = new LivenessAnswer(AccountState.Disabled, 0, 0, [Guid.CreateVersion7()]);

        Assert.False(answer.Accepts(0, Guid.CreateVersion7()));
        Assert.False(answer.Accepts(0, null));
    }

    [Fact]
    public void A_token_s_session_id_is_its_sid_claim_and_null_without_a_readable_one()
    {
        var login = Guid.CreateVersion7();

        // The bearer check and the hub's record read the claim alike.
        foreach (var read in new Func<ClaimsPrincipal, Guid?>[] { principal => principal.GetSessionId(), principal => BearerEvents.RolesVersionAndSessionOf(principal).SessionId })
        {
            Assert.Equal(login, read(Principal(new Claim("sid", login.ToString()), new Claim("roles_version", "2"))));
            Assert.Null(read(Principal(new Claim("roles_version", "2"))));
            Assert.Null(read(Principal(new Claim("sid", "not-a-uuid"))));
        }

        Assert.Equal((2, login), BearerEvents.RolesVersionAndSessionOf(Principal(new Claim("sid", login.ToString()), new Claim("roles_version", "2"))));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("7", 7)]
    [InlineData("-1", 0)]
    [InlineData("seven", 0)]
    public void A_token_s_roles_version_is_its_claim_and_0_without_one(string? claim, int version)
    {
        var identity = new ClaimsIdentity("Bearer");
        if (claim is not null)
        {
            identity.AddClaim(new Claim("roles_version", claim));
        }

        Assert.Equal(version, BearerEvents.RolesVersionAndSessionOf(new ClaimsPrincipal(identity)).RolesVersion);
    }

    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "Bearer"));
}
