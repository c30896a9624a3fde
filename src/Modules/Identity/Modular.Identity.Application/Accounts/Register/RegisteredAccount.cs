using System.ComponentModel.DataAnnotations;
using Modular.Identity.Application.Validation;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Application.Accounts.Register;

internal sealed record RegisteredAccount(
    Guid Id,
    string Name,
    [property: EmailAddress] string Email,
    [property: KnownValues(typeof(IdentityRules), nameof(IdentityRules.Roles))] IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt);
