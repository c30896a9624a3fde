namespace Modular.IntegrationTests.Users;

internal sealed record TestUser(Guid Id, string Name, string Email);
