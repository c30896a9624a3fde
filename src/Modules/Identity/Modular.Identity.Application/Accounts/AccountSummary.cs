using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Accounts;

/// <summary>The <c>{id, email, roles}</c> view of an account (login's <c>user</c>, /me, role changes).</summary>
internal sealed record AccountSummary(Guid Id, string Email, IReadOnlyList<string> Roles)
{
    public static AccountSummary From(UserAccount account) => new(account.Id, account.Email, account.Roles);
}
