using System.ComponentModel.DataAnnotations;
using Modular.Identity.Application.Validation;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Application.Accounts;

/// <summary>The <c>{id, email, roles}</c> view of an account (login's <c>user</c>, /me, role changes).</summary>
internal sealed record AccountSummary(
    Guid Id,
    [property: EmailAddress] string Email,
    [property: KnownValues(typeof(IdentityRules), nameof(IdentityRules.Roles))] IReadOnlyList<string> Roles)
{
    public static AccountSummary From(UserAccount account) => new(account.Id, account.Email, account.Roles);
}
