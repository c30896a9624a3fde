using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Application.Validation;

/// <summary>
/// The contract's field rules, shared by every input that takes a name, an email or a new password (requests at the
/// edge, the seeded administrator's configuration). Built from validators whose bounds a schema can read: presence,
/// (trimmed) length and pattern.
/// </summary>
internal static partial class IdentityRules
{
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    /// <summary>The account roles as the named set requests accept and responses declare (<c>Role</c>).</summary>
    public static ValueSet Roles { get; } = new("Role", AccountRoles.All);

    /// <summary>One @, something on each side, a dot in the domain, and no spaces or control characters anywhere.</summary>
    public const string EmailPattern = @"^[^@\s\p{C}]+@[^@\s\p{C}.]+(\.[^@\s\p{C}.]+)+$";

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("name is required.")
        .TrimmedLength(0, NameMaxLength).WithMessage($"name must be at most {NameMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("email is required.")
        .TrimmedLength(0, EmailAddress.MaxLength).WithMessage($"email must be at most {EmailAddress.MaxLength} characters.")
        .TrimmedMatches(EmailShape(), "email").WithMessage("email must be a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidNewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotNull().WithMessage("password is required.")
        .MinimumLength(1).WithMessage("password is required.")
        .Length(PasswordMinLength, PasswordMaxLength).WithMessage($"password must be between {PasswordMinLength} and {PasswordMaxLength} characters.");

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EmailShape();
}
