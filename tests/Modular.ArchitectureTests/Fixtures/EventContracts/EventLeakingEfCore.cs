using Microsoft.EntityFrameworkCore;

namespace Modular.ArchitectureTests.Fixtures.EventContracts;

/// <summary>Well shaped, but carries a framework type every consumer would then depend on.</summary>
public sealed record EventLeakingEfCore(Guid EventId, EntityState State);
