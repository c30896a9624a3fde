using Modular.Shared.Kernel.Text;

namespace Modular.Identity.Domain.Accounts;

/// <summary>
/// Emails are stored and compared in their canonical form only (NFC, then case-folded to lower case: ADR 0020), so canonically
/// equivalent spellings are one address: one account, one login.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => CanonicalText.Email(email);
}
