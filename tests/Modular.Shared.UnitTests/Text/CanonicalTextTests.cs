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
        // Σ, σ and the word-final ς are one letter without case: σ wherever it stands (the probe: "ΣΣ" and "σσ" were two accounts)
        { "\u03bf\u03b4\u03bf\u03c3@example.com", "\u039f\u0394\u039f\u03a3@EXAMPLE.COM" },
        { "\u03bf\u03b4\u03bf\u03c3@example.com", "\u03bf\u03b4\u03bf\u03c2@example.com" },
        { "\u03c3\u03c3@example.com", "\u03a3\u03a3@example.com" },
        { "\u03c3\u03c3@example.com", "\u03c3\u03c2@example.com" },
        { "\u03c3\u03bf\u03c6\u03b9\u03b1@example.com", "\u03a3\u039f\u03a6\u0399\u0391@example.com" },
        { "\u03bf\u03c3.\u03c3\u03b1@example.com", "\u039f\u03a3.\u03a3\u0391@example.com" },
        { "\u03c3@example.com", "\u03a3@example.com" },
        // the other lower-case letters that equal another without case: long s, Greek symbol forms, Cyrillic rounded forms
        { "sara@example.com", "\u017fara@example.com" },
        { "\u03bcm@example.com", "\u00b5m@example.com" },
        { "\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5@example.com", "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5@example.com" },
        { "\u0432\u043e\u0442@example.com", "\u1c80\u1c82\u1c84@example.com" },
        // ẛ folds to ṡ, which composes with a following dot below once folded (NFC again after folding)
        { "\u1e69@example.com", "\u1e9b\u0323@example.com" },
        // compatibility-looking singletons are canonical: the Kelvin sign is K, the Ohm sign Ω
        { "kelvin@example.com", "\u212aelvin@example.com" },
        { "\u03c9@example.com", "\u2126@example.com" },
        // outside the BMP: Deseret 𐐀 (U+10400) lower-cases to 𐐨 (U+10428)
        { "\ud801\udc28@example.com", "\ud801\udc00@example.com" },
    };

    [Fact]
    public void Every_character_folds_to_one_lower_case_form_shared_by_its_upper_and_lower_case()
    {
        var broken = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (char.IsSurrogate((char)code))
            {
                continue;
            }

            var text = ((char)code).ToString();
            var folded = CaseFolding.Fold(text);
            var stable = CaseFolding.Fold(folded) == folded && folded.ToLowerInvariant() == folded;
            // ı (U+0131) is the one letter whose upper case (I) belongs to another: Unicode folds it apart outside Turkic.
            var caseless = code == 0x0131
                || (CaseFolding.Fold(text.ToUpperInvariant()) == folded && CaseFolding.Fold(text.ToLowerInvariant()) == folded);
            if (!stable || !caseless)
            {
                broken.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Folding_is_lower_casing_except_for_capital_i_with_dot_above_and_the_variant_letters()
    {
        var different = new List<int>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var text = ((char)code).ToString();
            if (!char.IsSurrogate((char)code) && CaseFolding.Fold(text) != text.ToLowerInvariant())
            {
                different.Add(code);
            }
        }

        Assert.Equal(CaseFolding.Variants.Select(variant => (int)variant).Append(0x0130).Order(), different);
        Assert.Equal(CaseFolding.Variants.Length, CaseFolding.Standard.Length);
        Assert.Equal("i\u0307", CaseFolding.Fold("\u0130"));
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
        foreach (var text in new[] { "Jose\u0301", "\u212b", "\u1100\u1161", "\u0958", "I\u0307stanbul", "\u1e9b\u0323", "\u03a3\u03c2" })
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
