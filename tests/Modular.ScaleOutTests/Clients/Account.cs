namespace Modular.ScaleOutTests.Clients;

/// <summary>A registered, logged-in user of a test.</summary>
internal sealed record Account(Guid Id, string Email, string Password, string AccessToken);
