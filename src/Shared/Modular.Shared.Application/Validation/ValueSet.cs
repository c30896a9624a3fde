namespace Modular.Shared.Application.Validation;

/// <summary>
/// A closed set of strings with a name (<c>OrderStatus</c>: pending, confirmed, cancelled): what a request rule accepts
/// (<see cref="TextRules.OneOf{T}"/>) and a response declares (<see cref="KnownValuesAttribute"/>). Describers state it
/// once under its name (an OpenAPI component schema, a GraphQL enum), so every field holding it shares one type.
/// </summary>
public sealed record ValueSet(string Name, IReadOnlyList<string> Values);
