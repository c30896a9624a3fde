using Modular.Shared.Kernel.Text;

namespace Modular.Shared.UnitTests.Text;

public sealed class CanonicalTextTests
{
    public static TheoryData<string, string> EquivalentEmails => new()
    {
        // precomposed é (U+00E9) and e + combining acute (U+0301): one address
        { "jos\u00e9@example.com", "jose\u0301@example.com" },
        // upper-case decomposed: NFC composes É, lower-casing gives é
        { "jos\u00e9@example.com", "JOSE\u0301@EXAMPLE.COM" },
        // Å as U+00C5, as A + ring (U+030A), and as the Ångström sign (U+212B, canonically equivalent)
        { "\u00e5sa@example.com", "A\u030asa@example.com" },
        { "\u00e5sa@example.com", "\u212bsa@example.com" },
        // Hangul syllable 가 (U+AC00) and its jamo ᄀ + ᅡ
        { "\uac00@example.com", "\u1100\u1161@example.com" },
        { "ada@example.com", "  Ada@EXAMPLE.com " },
    };

    [Theory]
    [MemberData(nameof(EquivalentEmails))]
    public void Canonically_equivalent_spellings_of_an_email_are_one_address(string canonical, string spelling)
    {
        Assert.Equal(canonical, CanonicalText.Email(spelling));
        Assert.Equal(canonical, CanonicalText.Email(canonical));
    }

    [Theory]
    [InlineData("Jose\u0301 Mari\u0301a", "Jos\u00e9 Mar\u00eda")]
    [InlineData("  Zoe\u0308  ", "Zo\u00eb")]
    [InlineData("\u212bngstr\u00f6m", "\u00c5ngstr\u00f6m")]
    [InlineData("Ada", "Ada")]
    public void Names_are_stored_trimmed_in_NFC_with_their_case(string typed, string stored) =>
        Assert.Equal(stored, CanonicalText.Name(typed));

    [Fact]
    public void NFC_can_lengthen_text_which_is_why_limits_measure_the_stored_form()
    {
        // U+0958 (DEVANAGARI QA) is a composition exclusion: its NFC form is two code points.
        Assert.Equal(2, CanonicalText.Nfc("\u0958").Length);
        Assert.Equal(200, CanonicalText.Name(new string('\u0958', 100)).Length);
    }

    [Fact]
    public void Text_no_normalization_form_can_hold_is_returned_as_it_is_instead_of_throwing()
    {
        const string loneSurrogate = "a\ud800b";

        Assert.Equal(loneSurrogate, CanonicalText.Nfc(loneSurrogate));
        Assert.Equal(loneSurrogate, CanonicalText.Email(loneSurrogate));
    }

    [Fact]
    public void Canonical_forms_are_stable()
    {
        foreach (var text in new[] { "Jose\u0301", "\u212b", "\u1100\u1161", "\u0958", "I\u0307stanbul" })
        {
            Assert.Equal(CanonicalText.Email(text), CanonicalText.Email(CanonicalText.Email(text)));
            Assert.Equal(CanonicalText.Name(text), CanonicalText.Name(CanonicalText.Name(text)));
        }
    }
}
