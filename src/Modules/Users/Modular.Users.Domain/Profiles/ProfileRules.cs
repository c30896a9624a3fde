namespace Modular.Users.Domain.Profiles;

/// <summary>The limits a profile's name and email must respect, shared by the aggregate and the request validators.</summary>
public static class ProfileRules
{
    public const int NameMaxLength = 100;

    public const int EmailMaxLength = 254;

    /// <summary>Emails are unique and compared case-insensitively; this is the form the unique index holds.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static bool IsValidName(string? name) =>
        name is not null && name.Trim() is { Length: > 0 and <= NameMaxLength } trimmed && !trimmed.Any(char.IsControl);

    /// <summary>
    /// A pragmatic address check (one @, a non-empty local part, a dotted domain, no spaces or control characters):
    /// the account system proves ownership; this only refuses what can never be an address.
    /// </summary>
    public static bool IsValidEmail(string? email)
    {
        if (email is null || email.Trim() is not { Length: > 0 and <= EmailMaxLength } trimmed)
        {
            return false;
        }

        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@') || trimmed.Any(character => char.IsWhiteSpace(character) || char.IsControl(character)))
        {
            return false;
        }

        var domain = trimmed[(at + 1)..];
        return domain.Length >= 3 && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }
}
