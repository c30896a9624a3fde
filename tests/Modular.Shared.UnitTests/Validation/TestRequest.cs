namespace Modular.Shared.UnitTests.Validation;

public sealed record TestRequest(string? Email, IReadOnlyList<TestLine>? Items);
