namespace Modular.Shared.UnitTests.Inbox;

/// <summary>Stands in for a module's consumer: only its name matters.</summary>
public sealed class CreateProfileOnUserRegisteredHandler;
