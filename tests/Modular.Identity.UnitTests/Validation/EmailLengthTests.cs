using Modular.Identity.Api.Accounts.Register;
using Modular.Identity.Application.Accounts.SeedAdministrator;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.UnitTests.Validation;

/// <summary>
/// Every input that becomes a stored email is measured in the form stored (its canonical form, ADR 0020), not as typed:
/// "İ" is one character typed and two lower-cased, so an address can fit as typed and overflow its column as stored.
/// </summary>
public sealed class EmailLengthTests
{
    public static TheoryData<string, bool> Emails => new()
    {
        { Email(254, dottedCapitalIs: 3), true },
        { Email(255, dottedCapitalIs: 1), false },
        { Email(255, dottedCapitalIs: 3), false },
        // A final Σ folds to one σ: no longer than typed.
        { FinalSigma(254), true },
        { FinalSigma(255), false },
        // Decomposed é (e + U+0301) is composed before it is stored: 300 characters typed, 254 stored.
        { Email(254, dottedCapitalIs: 0, decomposed: 46), true },
    };

    [Theory]
    [MemberData(nameof(Emails))]
    public void Registration_measures_the_canonical_email(string email, bool valid)
    {
        var result = new RegisterRequestValidator().Validate(new RegisterRequest("Ilker", email, "Password-123"));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, error => Assert.Equal("Email", error.PropertyName));
    }

    [Theory]
    [MemberData(nameof(Emails))]
    public void The_seeded_administrator_s_email_is_measured_alike(string email, bool valid) =>
        Assert.Equal(valid, new SeedAdministratorCommandValidator().Validate(new SeedAdministratorCommand(email, "Password-123")).IsValid);

    [Fact]
    public void The_generated_addresses_have_the_canonical_length_they_claim()
    {
        Assert.Equal(254, EmailAddress.Normalize(Email(254, dottedCapitalIs: 3)).Length);
        Assert.Equal(254, Email(255, dottedCapitalIs: 1).Length);
        Assert.Equal(255, EmailAddress.Normalize(FinalSigma(255)).Length);
        Assert.Equal(300, Email(254, dottedCapitalIs: 0, decomposed: 46).Length);
    }

    /// <summary>An address whose canonical form is <paramref name="canonicalLength"/> characters long.</summary>
    internal static string Email(int canonicalLength, int dottedCapitalIs, int decomposed = 0)
    {
        const string domain = "@probe.test";
        var plain = canonicalLength - (2 * dottedCapitalIs) - decomposed - domain.Length;
        return string.Concat(Enumerable.Repeat("\u0130", dottedCapitalIs).Concat(Enumerable.Repeat("e\u0301", decomposed))) + new string('b', plain) + domain;
    }

    private static string FinalSigma(int canonicalLength) => new string('B', canonicalLength - 4 - "@probe.test".Length) + "\u039f\u0394\u039f\u03a3@probe.test";
}
