namespace Modular.Identity.Application.Accounts.Register;

internal sealed record RegisteredAccount(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);
