namespace Modular.Shared.UnitTests.Specifications;

public sealed record Widget(int Id, string Category, decimal Price, string Name);
