using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Modular.Identity.Application.Validation;

namespace Modular.Identity.UnitTests.Validation;

/// <summary>
/// The email pattern is published in the OpenAPI document, so it must be portable ECMA-262 and mean there what it means
/// here: it compiles in ECMAScript mode, and for every character of the BMP both readings agree with the rule it states
/// (no white space, control, format or private-use character).
/// </summary>
public sealed class EmailPatternTests
{
    private static readonly Regex Server = new(IdentityRules.EmailPattern, RegexOptions.CultureInvariant);
    private static readonly Regex EcmaScript = new(IdentityRules.EmailPattern, RegexOptions.ECMAScript);

    [Theory]
    [InlineData("probe@example.com", true)]
    [InlineData("Ada.Lovelace+tag@sub.example.co.uk", true)]
    [InlineData("ünïcödé@exämple.com", true)]
    [InlineData("😀@example.com", true)]
    [InlineData("probe@example", false)]
    [InlineData("a@b@example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("a@example..com", false)]
    [InlineData("a@.example.com", false)]
    [InlineData("a b@example.com", false)]
    [InlineData("a\u200B@example.com", false)]
    [InlineData("a\u202E@example.com", false)]
    public void Both_readings_accept_an_address_and_refuse_what_is_not_one(string email, bool valid)
    {
        Assert.Equal(valid, Server.IsMatch(email));
        Assert.Equal(valid, EcmaScript.IsMatch(email));
    }

    [Fact]
    public void For_every_bmp_character_both_readings_follow_the_stated_rule()
    {
        var disagreements = new StringBuilder();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var character = (char)code;
            if (char.IsSurrogate(character) || character is '@' or '.' || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var expected = !(char.IsWhiteSpace(character) || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse);
            var email = $"a{character}b@example.com";
            if (Server.IsMatch(email) != expected || EcmaScript.IsMatch(email) != expected)
            {
                disagreements.Append(CultureInfo.InvariantCulture, $"U+{code:X4} ");
            }
        }

        Assert.True(disagreements.Length == 0, $"The pattern disagrees with its rule at {disagreements}");
    }
}
