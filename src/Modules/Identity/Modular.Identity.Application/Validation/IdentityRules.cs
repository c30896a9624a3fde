using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Validation;

/// <summary>The contract's field rules, shared by every use case that takes a name, an email or a new password.</summary>
public static partial class IdentityRules
{
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("name is required.")
        .Must(name => name is null || name.Trim().Length <= NameMaxLength).WithMessage($"name must be at most {NameMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(email => !string.IsNullOrWhiteSpace(email)).WithMessage("email is required.")
        .Must(email => email is null || email.Trim().Length <= EmailAddress.MaxLength).WithMessage($"email must be at most {EmailAddress.MaxLength} characters.")
        .Must(email => string.IsNullOrWhiteSpace(email) || EmailShape().IsMatch(email.Trim())).WithMessage("email must be a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidNewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(password => !string.IsNullOrEmpty(password)).WithMessage("password is required.")
        .Must(password => password is null || password.Length is >= PasswordMinLength and <= PasswordMaxLength)
        .WithMessage($"password must be between {PasswordMinLength} and {PasswordMaxLength} characters.");

    // One @, something on each side, a dot in the domain, and no spaces or control characters anywhere.
    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}.]+(\.[^@\s\p{C}.]+)+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EmailShape();
}
