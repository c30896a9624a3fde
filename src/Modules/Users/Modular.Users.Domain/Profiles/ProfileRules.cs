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
    /// An address by the system's one rule (<see cref="EmailSyntax"/>, judged trimmed), of at most
    /// <see cref="EmailMaxLength"/> characters as stored. The account system proves ownership; this refuses what is not an address.
    /// </summary>
    public static bool IsValidEmail(string? email) =>
        email is not null && EmailSyntax.IsValid(email.Trim()) && CanonicalText.Length(NormalizeEmail(email)) <= EmailMaxLength;
}
