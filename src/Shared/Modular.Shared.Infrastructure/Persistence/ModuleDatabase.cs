namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>A module's DbContext and schema, known to the migrator and the outbox relay.</summary>
public sealed record ModuleDatabase(string Module, string Schema, Type DbContextType);
