using Modular.Shared.Kernel.Text;

namespace Modular.Users.Domain.Profiles;

/// <summary>The limits a profile's name and email must respect, shared by the aggregate and the request validators.</summary>
public static class ProfileRules
{
    public const int NameMaxLength = 100;

    public const int EmailMaxLength = 254;

    /// <summary>
    /// The canonical form (NFC, then case-folded to lower case: ADR 0020), the one stored, compared, returned and published, and the
    /// form the unique index holds: canonically equivalent spellings are one address.
    /// </summary>
    public static string NormalizeEmail(string email) => CanonicalText.Email(email);

    /// <summary>The stored form of a name: trimmed, NFC.</summary>
    public static string NormalizeName(string name) => CanonicalText.Name(name);

    /// <summary>Judged as stored (trimmed, NFC): NFC may lengthen text, and the stored form is what must fit.</summary>
    public static bool IsValidName(string? name) =>
        name is not null && NormalizeName(name) is var stored && CanonicalText.Length(stored) is > 0 and <= NameMaxLength && !stored.Any(char.IsControl);

    /// <summary>
    /// A pragmatic address check (one @, a non-empty local part, a dotted domain, no spaces or control characters):
    /// the account system proves ownership; this only refuses what can never be an address.
    /// </summary>
    public static bool IsValidEmail(string? email)
    {
        if (email is null || NormalizeEmail(email) is not { } trimmed || CanonicalText.Length(trimmed) is not (> 0 and <= EmailMaxLength))
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
