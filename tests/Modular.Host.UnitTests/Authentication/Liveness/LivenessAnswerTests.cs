using System.Security.Claims;
using Modular.Host.Platform.Authentication;
using Modular.Host.Platform.Authentication.Liveness;

namespace Modular.Host.UnitTests.Authentication.Liveness;

/// <summary>Which tokens an account's published state serves (ADR 0021) and which roles versions (ADR 0041).</summary>
public sealed class LivenessAnswerTests
{
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, true)]
    [InlineData(2, 3, false)]
    [InlineData(0, 1, false)]
    public void An_active_account_accepts_a_token_only_if_it_was_issued_with_its_current_roles(int tokenVersion, int publishedVersion, bool accepted) =>
        Assert.Equal(accepted, new LivenessAnswer(AccountState.Active, publishedVersion, 0).Accepts(tokenVersion));

    [Theory]
    [InlineData(nameof(AccountState.Disabled), false)]
    [InlineData(nameof(AccountState.Unknown), false)]
    [InlineData(nameof(AccountState.Unpublished), true)]
    [InlineData(nameof(AccountState.Active), true)]
    public void Only_an_active_or_not_yet_published_account_is_served_whatever_the_version(string state, bool served)
    {
        var answer = new LivenessAnswer(Enum.Parse<AccountState>(state), 0, 0);

        Assert.Equal(served, answer.IsServed);
        Assert.Equal(served, answer.Accepts(5));
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

        Assert.Equal(version, BearerEvents.RolesVersionOf(new ClaimsPrincipal(identity)));
    }
}
