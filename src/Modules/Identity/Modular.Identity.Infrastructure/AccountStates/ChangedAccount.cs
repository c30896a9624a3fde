namespace Modular.Identity.Infrastructure.AccountStates;

internal sealed record ChangedAccount(Guid Id, bool Active, DateTimeOffset UpdatedAt, int RolesVersion);
