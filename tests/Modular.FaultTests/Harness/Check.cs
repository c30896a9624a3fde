namespace Modular.FaultTests.Harness;

/// <summary>One invariant of a scenario, checked: its name, whether it held, and the evidence either way.</summary>
internal sealed record Check(string Name, bool Passed, string Detail);
