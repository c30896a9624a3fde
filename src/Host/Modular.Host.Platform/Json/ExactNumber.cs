using System.Globalization;

namespace Modular.Host.Platform.Json;

/// <summary>Compares a JSON number's text with a decimal by value, digit for digit (no rounding anywhere).</summary>
internal static class ExactNumber
{
    /// <summary>True when <paramref name="json"/> (a valid JSON number) denotes exactly <paramref name="value"/>; -0 equals 0.</summary>
    public static bool Equals(string json, decimal value) =>
        Canonical(json) is { } number && number == Canonical(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// <c>sign digits e exponent</c> with no leading or trailing zero in the digits (<c>"120.50"</c> is <c>+1205e-1</c>),
    /// <c>"0"</c> for zero; null when the exponent does not fit 32 bits (no decimal is that large or small).
    /// </summary>
    private static string? Canonical(string number)
    {
        var negative = number.StartsWith('-');
        var text = negative ? number[1..] : number;
        var e = text.IndexOfAny(['e', 'E']);
        var exponent = 0L;
        if (e >= 0)
        {
            if (!long.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return text[..e].Trim('0', '.').Length == 0 ? "0" : null;
            }

            text = text[..e];
        }

        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = text.Remove(dot, 1);
        }

        var digits = text.TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        if (trimmed.Length == 0)
        {
            return "0";
        }

        return exponent is < int.MinValue or > int.MaxValue ? null : $"{(negative ? '-' : '+')}{trimmed}e{exponent}";
    }
}
