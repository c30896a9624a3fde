using System.Text;

namespace Modular.Shared.Kernel.Text;

/// <summary>
/// Caseless matching as Unicode defines it (The Unicode Standard §3.13, default caseless matching; CaseFolding.txt),
/// with every class of case-equivalent text represented by its lower-case member, so that the folded form can be stored
/// and shown as the lower-cased address the contract returns. Lower-casing alone is not caseless matching: "ΣΣ" lowers
/// to "σς" (final sigma) while "σσ" stays, and "ſ", "ϐ", "ϑ" are lower-case letters equal to "s", "β", "θ" without
/// case. <see cref="Fold"/> maps:
/// <list type="bullet">
/// <item>U+0130 (İ) to U+0069 U+0307 (i + combining dot above), its full folding and lower-casing, as "I" + U+0307 is;</item>
/// <item>every other character to its simple lower-case mapping (.NET's invariant one);</item>
/// <item>the lower-case letters whose simple case folding (status C) is another lower-case letter, <see cref="Variants"/>,
/// to that letter, <see cref="Standard"/>: final sigma to σ, long s to s, the micro sign to μ, the Greek symbol forms,
/// the Cyrillic small rounded forms, ẛ to ṡ, and the iota subscript forms to ι.</item>
/// </list>
/// Full foldings that change length are not applied (ß stays, "ﬁ" stays; "ß" and "ss" are different addresses, as
/// compatibility forms are: ADR 0020), nor are the Turkic ones (ı stays apart from i): an address has no language.
/// Cherokee, which folds to upper case, lower-cases to one member already.
/// </summary>
public static class CaseFolding
{
    /// <summary>The lower-case letters that fold to another lower-case letter (CaseFolding.txt, Unicode 9 to 16), in the order of <see cref="Standard"/>.</summary>
    public const string Variants = "\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe";

    /// <summary>The letter each of <see cref="Variants"/> folds to, at the same index: μ s ι σ β θ φ π κ ρ ε в д о с т т ъ ѣ ꙋ ṡ ι.</summary>
    public const string Standard = "\u03bc\u0073\u03b9\u03c3\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5\u0432\u0434\u043e\u0441\u0442\u0442\u044a\u0463\ua64b\u1e61\u03b9";

    private const char CapitalIWithDotAbove = '\u0130';

    /// <summary>
    /// <paramref name="text"/> folded as described on the type: two strings are equal caselessly exactly when their folds
    /// are equal. Not normalized: fold text in NFC and normalize the result again (<see cref="CanonicalText.Email"/>).
    /// </summary>
    public static string Fold(string text)
    {
        var lower = text.Contains(CapitalIWithDotAbove, StringComparison.Ordinal)
            ? text.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant()
            : text.ToLowerInvariant();
        if (lower.AsSpan().IndexOfAny(Variants) < 0)
        {
            return lower;
        }

        var folded = new StringBuilder(lower);
        for (var i = 0; i < folded.Length; i++)
        {
            var variant = Variants.IndexOf(folded[i], StringComparison.Ordinal);
            if (variant >= 0)
            {
                folded[i] = Standard[variant];
            }
        }

        return folded.ToString();
    }
}
