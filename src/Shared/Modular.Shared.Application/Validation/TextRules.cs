using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Shared.Kernel.Identifiers;
using Modular.Shared.Kernel.Text;

namespace Modular.Shared.Application.Validation;

/// <summary>Rule building blocks for text; each keeps its bounds readable (see the validators), so a schema states them too.</summary>
public static class TextRules
{
    /// <summary>
    /// A name as an OpenAPI document can publish it: no control character (Unicode Cc) and at least one that is not
    /// white space (what trimming removes: .NET's <see cref="char.IsWhiteSpace(char)"/> outside Cc), so that a schema
    /// refuses the blank name the server refuses. Explicit ranges (portable ECMA-262); linear: the leading white space
    /// and the first visible character are disjoint classes.
    /// </summary>
    public const string NamePattern =
        @"^[\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*"
        + @"[^\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\u0000-\u001F\u007F-\u009F]*$";

    private static readonly Regex Name = new(NamePattern, RegexOptions.CultureInvariant);

    private static readonly Regex UuidShape = new(UuidText.Pattern, RegexOptions.CultureInvariant);

    /// <summary>The length of free text (a name) as stored: trimmed, in NFC (<see cref="CanonicalText.Name"/>).</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SetValidator(new StoredLengthValidator<T>(min, max, CanonicalText.Name));

    /// <summary>The length of text kept as typed (a password), in characters: "😀" is one (<see cref="CanonicalText.Length"/>).</summary>
    public static IRuleBuilderOptions<T, string?> CharacterLength<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SetValidator(new StoredLengthValidator<T>(min, max, text => text));

    /// <summary>
    /// The length of an email as stored: its canonical form (<see cref="CanonicalText.Email"/>), which lower-casing can
    /// make longer than the trimmed NFC text ("İ" is two characters lower-cased), so the trimmed length is not enough.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> EmailLength<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SetValidator(new StoredLengthValidator<T>(min, max, CanonicalText.Email));

    /// <summary>
    /// An email address by the system's one rule (<see cref="EmailSyntax"/>), judged trimmed as it is stored, published as
    /// that pattern and <c>format: email</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.TrimmedMatches(EmailSyntax.Regex(), "email");

    /// <summary>The trimmed text matches <paramref name="pattern"/>; <paramref name="format"/> names what it checks (<c>email</c>), if anything.</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedMatches<T>(this IRuleBuilder<T, string?> rule, Regex pattern, string? format = null) =>
        rule.SetValidator(new PatternValidator<T>(pattern, trim: true, format));

    /// <summary>The whole text, untrimmed, matches <paramref name="pattern"/> (a final line feed included: <see cref="PatternValidator{T}"/>).</summary>
    public static IRuleBuilderOptions<T, string?> WholeMatches<T>(this IRuleBuilder<T, string?> rule, Regex pattern, string? format = null) =>
        rule.SetValidator(new PatternValidator<T>(pattern, trim: false, format));

    /// <summary>
    /// Free text (a name) without control characters (Unicode Cc: U+0000..U+001F, U+007F..U+009F, tab and line breaks
    /// included), judged trimmed as it is stored; published as <see cref="NamePattern"/>, which also states that a name is
    /// not blank (blank text passes this rule: presence is reported by its own). One rule for every name the API takes.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PlainName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.TrimmedMatches(Name);

    /// <summary>The text is one of <paramref name="set"/>'s values (ordinal comparison).</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, ValueSet set) =>
        rule.SetValidator(new AllowedValuesValidator<T>(set));

    /// <summary>The text is a UUID in its canonical 8-4-4-4-12 form (<see cref="UuidText"/>), published as <c>format: uuid</c> and that pattern.</summary>
    public static IRuleBuilderOptions<T, string?> Uuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.WholeMatches(UuidShape, "uuid");
}
