using System.Text;

namespace Modular.Shared.Kernel.Text;

/// <summary>
/// The forms text is stored, compared and published in, whatever module keeps it (ADR 0020): Unicode NFC, so that
/// "é" typed precomposed (U+00E9) and decomposed (e + U+0301) are one string; an email is that, case-folded to lower case.
/// </summary>
public static class CanonicalText
{
    /// <summary>
    /// <paramref name="text"/> in NFC. Text that no normalization form can hold (an unpaired surrogate, refused at every
    /// edge before it gets here) is returned unchanged rather than thrown on.
    /// </summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// The length of <paramref name="text"/> in characters (Unicode scalar values, what PostgreSQL's <c>varchar(n)</c> and
    /// JSON Schema's <c>maxLength</c> count), not UTF-16 code units: "😀" is one character, two code units. Every length
    /// bound of the contract ("name 1..100 chars") is counted this way. An unpaired surrogate counts as one.
    /// </summary>
    public static int Length(string text)
    {
        var length = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>A name or other free text as stored: trimmed, in NFC.</summary>
    public static string Name(string name) => Nfc(name.Trim());

    /// <summary>
    /// An email's canonical form: trimmed, NFC, then case-folded (<see cref="CaseFolding"/>: lower-cased, "İ" as "i̇", and
    /// the lower-case letters that equal another without case, such as final "ς" and "σ", as one), whatever the culture,
    /// as the contract compares addresses case-insensitively. NFC once more afterwards: folding can leave a sequence
    /// that composes.
    /// </summary>
    public static string Email(string email) => Nfc(CaseFolding.Fold(Nfc(email.Trim())));
}
