using FluentValidation;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Application.Validation;

/// <summary>
/// The contract's field rules, shared by every input that takes a name, an email or a new password (requests at the
/// edge, the seeded administrator's configuration). Built from validators whose bounds a schema can read: presence,
/// length as stored (an email's canonical form) and pattern.
/// </summary>
internal static class IdentityRules
{
    public const int NameMaxLength = 100;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    /// <summary>The account roles as the named set requests accept and responses declare (<c>Role</c>).</summary>
    public static ValueSet Roles { get; } = new("Role", AccountRoles.All);

    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("'name' is required.")
        .TrimmedLength(0, NameMaxLength).WithMessage($"'name' must be at most {NameMaxLength} characters.")
        .PlainName().WithMessage("'name' must not contain control characters (tabs, line breaks).");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("'email' is required.")
        .EmailLength(0, EmailAddress.MaxLength).WithMessage($"'email' must be at most {EmailAddress.MaxLength} characters.")
        .EmailAddress().WithMessage("'email' must be a valid email address.");

    public static IRuleBuilderOptions<T, string?> ValidNewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotNull().WithMessage("'password' is required.")
        .MinimumLength(1).WithMessage("'password' is required.")
        .CharacterLength(PasswordMinLength, PasswordMaxLength).WithMessage($"'password' must be between {PasswordMinLength} and {PasswordMaxLength} characters.");
}
