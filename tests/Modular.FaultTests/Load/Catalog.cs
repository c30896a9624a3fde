namespace Modular.FaultTests.Load;

/// <summary>The products a scenario seeded, with the stock each was given.</summary>
internal sealed record Catalog(IReadOnlyList<(Guid Id, int Stock)> Products);
