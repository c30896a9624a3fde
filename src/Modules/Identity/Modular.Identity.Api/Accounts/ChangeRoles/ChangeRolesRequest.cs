namespace Modular.Identity.Api.Accounts.ChangeRoles;

/// <summary>The body of <c>PUT /api/identity/users/{id}/roles</c> as JSON may send it.</summary>
internal sealed record ChangeRolesRequest(IReadOnlyList<string?>? Roles);
