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
        // Unicode's full lower-casing, where .NET's invariant mapping differs: İ (U+0130) is i + U+0307 ...
        { "i\u0307stanbul@example.com", "\u0130stanbul@example.com" },
        // ... as I + U+0307 is (NFC composes it to U+0130 first)
        { "i\u0307stanbul@example.com", "I\u0307STANBUL@EXAMPLE.COM" },
        // a word-final capital sigma is ς, another σ; '.' is case-ignorable, '@' ends the word
        { "\u03bf\u03b4\u03bf\u03c2@example.com", "\u039f\u0394\u039f\u03a3@EXAMPLE.COM" },
        { "\u03c3\u03bf\u03c6\u03b9\u03b1@example.com", "\u03a3\u039f\u03a6\u0399\u0391@example.com" },
        { "\u03bf\u03c3.\u03c3\u03b1@example.com", "\u039f\u03a3.\u03a3\u0391@example.com" },
        { "\u03c3@example.com", "\u03a3@example.com" },
        // compatibility-looking singletons are canonical: the Kelvin sign is K, the Ohm sign Ω
        { "kelvin@example.com", "\u212aelvin@example.com" },
        { "\u03c9@example.com", "\u2126@example.com" },
        // outside the BMP: Deseret 𐐀 (U+10400) lower-cases to 𐐨 (U+10428)
        { "\ud801\udc28@example.com", "\ud801\udc00@example.com" },
    };

    [Fact]
    public void Full_lower_casing_differs_from_the_invariant_simple_mapping_only_at_capital_i_with_dot_above_and_capital_sigma()
    {
        var different = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var text = ((char)code).ToString();
            if (!char.IsSurrogate((char)code) && UnicodeLowerCase.ToLower(text) != text.ToLowerInvariant())
            {
                different.Add($"U+{code:X4}");
            }
        }

        // A lone Σ is not word-final (nothing cased before it): σ, as the invariant mapping gives.
        Assert.Equal(["U+0130"], different);
        Assert.Equal("\u03c3\u03c2", UnicodeLowerCase.ToLower("\u03a3\u03a3"));
    }

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

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b🔑", 4)]
    [InlineData("e\u0301", 2)]
    public void Length_counts_characters_not_utf16_code_units(string text, int length) =>
        Assert.Equal(length, CanonicalText.Length(text));
}
