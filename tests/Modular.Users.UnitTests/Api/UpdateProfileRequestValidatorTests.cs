using Modular.Users.Api.Profiles.UpdateProfile;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.UnitTests.Api;

/// <summary>A new email is measured as stored (its canonical form, ADR 0020), by the readable bound as by the full rule.</summary>
public sealed class UpdateProfileRequestValidatorTests
{
    [Theory]
    [InlineData(254, 3, true)]
    [InlineData(255, 1, false)]
    [InlineData(255, 3, false)]
    public void A_new_email_is_measured_in_its_canonical_form(int canonicalLength, int dottedCapitalIs, bool valid)
    {
        const string domain = "@probe.test";
        var email = new string('\u0130', dottedCapitalIs) + new string('b', canonicalLength - (2 * dottedCapitalIs) - domain.Length) + domain;
        Assert.Equal(canonicalLength, ProfileRules.NormalizeEmail(email).Length);

        var result = new UpdateProfileRequestValidator().Validate(new UpdateProfileRequest(null, email));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, error => Assert.Equal("Email", error.PropertyName));
    }

    [Theory]
    [InlineData("\u039f\u0394\u039f\u03a3", true)]
    [InlineData("\u039f\u0394\u039f\u03a3\u03a3", false)]
    public void A_final_sigma_counts_once(string greek, bool valid)
    {
        var email = new string('b', 254 - 4 - "@probe.test".Length) + greek + "@probe.test";

        Assert.Equal(valid, new UpdateProfileRequestValidator().Validate(new UpdateProfileRequest(null, email)).IsValid);
    }
}
