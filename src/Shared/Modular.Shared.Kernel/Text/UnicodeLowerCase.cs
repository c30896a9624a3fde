using System.Globalization;
using System.Text;

namespace Modular.Shared.Kernel.Text;

/// <summary>
/// Unicode's default full lower-casing (The Unicode Standard §3.13, toLowercase; SpecialCasing.txt), which .NET's
/// <see cref="string.ToLowerInvariant"/> is not: the invariant culture applies the simple one-to-one mapping and leaves
/// U+0130 alone so that it round-trips. The two language-independent differences are applied first, then the invariant
/// mapping does the rest:
/// <list type="bullet">
/// <item>U+0130 (İ) becomes U+0069 U+0307 (i + combining dot above), unconditionally;</item>
/// <item>U+03A3 (Σ) becomes U+03C2 (ς) where it ends a word (the Final_Sigma condition), elsewhere U+03C3 (σ).</item>
/// </list>
/// The language-specific mappings (Lithuanian, Turkish, Azeri) are not applied: an address has no language.
/// </summary>
internal static class UnicodeLowerCase
{
    private const char CapitalIWithDotAbove = '\u0130';
    private const char CapitalSigma = '\u03A3';
    private const char FinalSigma = '\u03C2';

    /// <summary>Word_Break MidLetter, MidNumLet and Single_Quote: case-ignorable whatever their general category.</summary>
    private const string WordMidPunctuation = "'.:\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A";

    public static string ToLower(string text)
    {
        if (text.AsSpan().IndexOfAny(CapitalIWithDotAbove, CapitalSigma) < 0)
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                CapitalIWithDotAbove => builder.Append("i\u0307"),
                CapitalSigma when IsFinalSigma(text, i) => builder.Append(FinalSigma),
                var other => builder.Append(other),
            };
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>Final_Sigma: a cased letter before it (case-ignorable characters skipped) and none after it.</summary>
    private static bool IsFinalSigma(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(text, before))
        {
            before -= char.IsLowSurrogate(text[before]) && before > 0 ? 2 : 1;
        }

        if (before < 0 || !IsCased(text, before))
        {
            return false;
        }

        var after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text, after))
        {
            after += char.IsSurrogatePair(text, after) ? 2 : 1;
        }

        return after >= text.Length || !IsCased(text, after);
    }

    private static bool IsCased(string text, int index) =>
        Category(text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(string text, int index) =>
        WordMidPunctuation.Contains(text[index], StringComparison.Ordinal)
        || Category(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    /// <summary>The category of the character at <paramref name="index"/>, a surrogate pair read as one (from its low half too).</summary>
    private static UnicodeCategory Category(string text, int index) =>
        char.IsLowSurrogate(text[index]) && index > 0 && char.IsHighSurrogate(text[index - 1])
            ? CharUnicodeInfo.GetUnicodeCategory(text, index - 1)
            : CharUnicodeInfo.GetUnicodeCategory(text, index);
}
