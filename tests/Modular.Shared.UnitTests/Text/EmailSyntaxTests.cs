using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Modular.Shared.Kernel.Text;

namespace Modular.Shared.UnitTests.Text;

/// <summary>
/// The one email rule is published as an OpenAPI pattern beside <c>format: email</c>, so it must mean the same in ECMA-262
/// as here, agree with ajv-formats' <c>email</c> on every ASCII address (the tools' probe: the server stored addresses
/// ajv refuses, <c>o1@wfz?.to`x:yg{&gt;.ap%qf&lt;-</c>), and follow its stated rule for every other BMP character.
/// </summary>
public sealed class EmailSyntaxTests
{
    /// <summary>ajv-formats 3.0.1, <c>fullFormats.email</c> (case-insensitive): the reference for ASCII addresses.</summary>
    private static readonly Regex Ajv = new(
        @"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex EcmaScript = new(EmailSyntax.Pattern, RegexOptions.ECMAScript);

    [Theory]
    [InlineData("probe@example.com", true)]
    [InlineData("Ada.Lovelace+tag@sub.example.co.uk", true)]
    [InlineData("o'brien!#$%&*/=?^_`{|}~-@xn--bcher-kva.example", true)]
    [InlineData("ünïcödé@exämple.com", true)]
    [InlineData("😀@example.com", true)]
    [InlineData("a@1.2", true)]
    [InlineData("o1@wfz?.TO`x:yG{>.AP%Qf<-", false)]
    [InlineData(".a@example.com", false)]
    [InlineData("a.@example.com", false)]
    [InlineData("a..b@example.com", false)]
    [InlineData("a@-b-.c", false)]
    [InlineData("a@b-.com", false)]
    [InlineData("a@b_c.com", false)]
    [InlineData("probe@example", false)]
    [InlineData("a@b@example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("a@example..com", false)]
    [InlineData("a@.example.com", false)]
    [InlineData("a@example.com.", false)]
    [InlineData("\"quoted\"@example.com", false)]
    [InlineData("a@[192.0.2.1]", false)]
    [InlineData("a b@example.com", false)]
    [InlineData("a@example.com\n", false)]
    [InlineData("a\u200B@example.com", false)]
    [InlineData("a\u202E@example.com", false)]
    [InlineData("a@x\u3002com.de", false)]
    [InlineData("a@x\uFF0Ecom.de", false)]
    [InlineData("a@x\uFF61com.de", false)]
    [InlineData("a\u3002b@example.com", true)]
    public void An_address_is_accepted_and_what_is_not_one_is_refused_in_both_readings(string email, bool valid)
    {
        Assert.Equal(valid, EmailSyntax.IsValid(email));
        Assert.Equal(valid, EcmaScript.Match(email) is { Success: true, Index: 0 } match && match.Length == email.Length);
    }

    [Fact]
    public void Every_ascii_character_in_every_position_is_judged_as_ajv_judges_it()
    {
        var disagreements = new StringBuilder();
        string[] shapes = ["{c}ab@example.com", "a{c}b@example.com", "ab{c}@example.com", "a@{c}example.com", "a@ex{c}ample.com", "a@example{c}.com", "a@example.{c}com", "a@example.co{c}"];
        for (var code = 0x20; code <= 0x7E; code++)
        {
            foreach (var shape in shapes)
            {
                var email = shape.Replace("{c}", ((char)code).ToString(), StringComparison.Ordinal);
                if (EmailSyntax.IsValid(email) != Ajv.IsMatch(email))
                {
                    disagreements.Append(CultureInfo.InvariantCulture, $"[{email}] ");
                }
            }
        }

        Assert.True(disagreements.Length == 0, $"Disagrees with ajv-formats at {disagreements}");
    }

    [Fact]
    public void Every_other_bmp_character_is_allowed_unless_it_is_white_space_control_format_or_private_use()
    {
        var disagreements = new StringBuilder();
        for (var code = 0x80; code <= 0xFFFF; code++)
        {
            var character = (char)code;
            if (char.IsSurrogate(character) || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var expected = !(char.IsWhiteSpace(character) || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse);
            foreach (var (email, domain) in new[] { ($"a{character}b@example.com", false), ($"ab@ex{character}ample.com", true) })
            {
                var allowed = expected && !(domain && character is '\u3002' or '\uFF0E' or '\uFF61');
                if (EmailSyntax.IsValid(email) != allowed || EcmaScript.IsMatch(email) != allowed)
                {
                    disagreements.Append(CultureInfo.InvariantCulture, $"U+{code:X4} ");
                }
            }
        }

        Assert.True(disagreements.Length == 0, $"The pattern disagrees with its rule at {disagreements}");
    }
}
