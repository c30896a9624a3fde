namespace Modular.Identity.Api.ChangeRoles;

public sealed record ChangeRolesRequest(IReadOnlyList<string?>? Roles);
