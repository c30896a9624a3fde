namespace Modular.Identity.Domain.Accounts;

/// <summary>Emails are compared case-insensitively everywhere, so the module only ever stores and compares this form.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
