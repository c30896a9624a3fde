namespace Modular.Identity.Application.Accounts.Register;

public sealed record RegisteredAccount(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);
