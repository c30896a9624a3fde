using System.Text.RegularExpressions;

namespace Modular.Shared.Kernel.Text;

/// <summary>
/// What the system accepts as an email address, in every module and in the OpenAPI document (one rule, published as the
/// <c>pattern</c> of every email field beside <c>format: email</c>). For ASCII addresses it is exactly the <c>email</c>
/// format of ajv-formats (the validator of Node's OpenAPI tools), itself RFC 5321's dot-atom and a hostname: a local
/// part of atoms of letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c> joined by single dots; a domain of at least two
/// dot-separated labels of letters, digits and inner hyphens. Non-ASCII characters (RFC 6531, internationalized
/// addresses) are allowed in both parts, except white space, control, format (zero-width, bidi) and private-use
/// characters. No quoted local parts, no address literals (<c>[192.0.2.1]</c>), no comments.
/// </summary>
/// <remarks>
/// Spelled as explicit UTF-16 ranges, not <c>\s</c>, <c>\w</c> or <c>\p{...}</c>, so that it is portable ECMA-262 (the
/// dialect of OpenAPI's <c>pattern</c>) and means the same in .NET, JavaScript with or without the <c>u</c> flag, Python
/// and Java. Every quantifier follows a class its neighbour cannot match, so matching is linear. Characters outside the
/// BMP (surrogate pairs) are letters like any other; a lone surrogate never gets here (every edge refuses it).
/// </remarks>
public static partial class EmailSyntax
{
    /// <summary>Non-ASCII characters no address holds: white space, Unicode Cc and Cf of the BMP, private use (U+E000..U+F8FF).</summary>
    private const string NotInAddress =
        @"\u007F-\u00A0\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u1680\u180E"
        + @"\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uE000-\uF8FF\uFEFF\uFFF9-\uFFFB";

    /// <summary>A character of a local part's atom: printable ASCII but space and <c>"(),.:;&lt;&gt;@[\]</c>, or non-ASCII.</summary>
    private const string Atom = @"[^\u0000-\u0020\u0022\u0028\u0029\u002C\u002E\u003A-\u003C\u003E\u0040\u005B-\u005D" + NotInAddress + "]";

    /// <summary>
    /// A letter or digit of a domain label: ASCII ones, or non-ASCII (an IDN's U-label), except the three full stops IDNA
    /// reads as a label separator (U+3002, U+FF0E, U+FF61): <c>a@x。com.de</c> is <c>a@x.com.de</c> to a mail system, and
    /// would have been a second account for it.
    /// </summary>
    private const string Label = @"[^\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E\u3002\uFF0E\uFF61" + NotInAddress + "]";

    /// <summary>The whole rule as an ECMA-262 pattern, anchored at both ends.</summary>
    public const string Pattern =
        "^" + Atom + "+(\\." + Atom + "+)*@" + Label + "+(-+" + Label + "+)*(\\." + Label + "+(-+" + Label + "+)*)+$";

    /// <summary>The compiled <see cref="Pattern"/> (100 ms timeout). Match the whole text: see <see cref="IsValid"/>.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    public static partial Regex Regex();

    /// <summary>
    /// Whether <paramref name="email"/>, exactly as given (trim it first if the field is trimmed), is an address by this rule.
    /// The match must span the text: .NET's <c>$</c> also matches before a final line feed, ECMA-262's does not.
    /// </summary>
    public static bool IsValid(string email) =>
        Regex().Match(email) is { Success: true, Index: 0 } match && match.Length == email.Length;
}
