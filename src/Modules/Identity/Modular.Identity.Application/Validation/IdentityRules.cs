using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Application.Validation;

/// <summary>
/// The contract's field rules, shared by every input that takes a name, an email or a new password (requests at the
/// edge, the seeded administrator's configuration). Built from validators whose bounds a schema can read: presence,
/// length as stored (an email's canonical form) and pattern.
/// </summary>
internal static partial class IdentityRules
{
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    /// <summary>The account roles as the named set requests accept and responses declare (<c>Role</c>).</summary>
    public static ValueSet Roles { get; } = new("Role", AccountRoles.All);

    /// <summary>
    /// One @, something on each side, a dot in the domain, and no white space, control, format (zero-width, bidi) or
    /// private-use character anywhere. Spelled as explicit UTF-16 ranges, not <c>\s</c> or <c>\p{C}</c>, so that it is
    /// portable ECMA-262 (the dialect of OpenAPI's <c>pattern</c>, which publishes it) and means the same in .NET,
    /// JavaScript with or without the <c>u</c> flag, Python and Java: white space is the union of .NET's and ECMAScript's
    /// <c>\s</c>, control and format characters are Unicode's Cc and Cf of the BMP, private use is U+E000..U+F8FF.
    /// Characters outside the BMP (surrogate pairs) are letters like any other; a lone surrogate never gets here (the
    /// platform refuses it in any input).
    /// </summary>
    public const string EmailPattern = "^[^" + NotInAddress + "]+@[^" + NotInAddress + ".]+(\\.[^" + NotInAddress + ".]+)+$";

    /// <summary>The characters <see cref="EmailPattern"/> refuses, as the body of a regular-expression class.</summary>
    public const string NotInAddress =
        @"@\u0000-\u0020\u007F-\u00A0\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u1680\u180E"
        + @"\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uE000-\uF8FF\uFEFF\uFFF9-\uFFFB";

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("name is required.")
        .TrimmedLength(0, NameMaxLength).WithMessage($"name must be at most {NameMaxLength} characters.")
        .NoControlCharacters().WithMessage("name must not contain control characters (tabs, line breaks).");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("email is required.")
        .EmailLength(0, EmailAddress.MaxLength).WithMessage($"email must be at most {EmailAddress.MaxLength} characters.")
        .TrimmedMatches(EmailShape(), "idn-email").WithMessage("email must be a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidNewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotNull().WithMessage("password is required.")
        .MinimumLength(1).WithMessage("password is required.")
        .CharacterLength(PasswordMinLength, PasswordMaxLength).WithMessage($"password must be between {PasswordMinLength} and {PasswordMaxLength} characters.");

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EmailShape();
}
