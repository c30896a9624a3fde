namespace Modular.Shared.Kernel.Domain;

/// <summary>A named rule the aggregate refused, with the field it concerns when there is one.</summary>
public sealed record BusinessRuleViolation(string Rule, string Message, string? Field = null);
