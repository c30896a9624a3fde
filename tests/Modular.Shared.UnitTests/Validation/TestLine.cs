namespace Modular.Shared.UnitTests.Validation;

public sealed record TestLine(int Quantity);
