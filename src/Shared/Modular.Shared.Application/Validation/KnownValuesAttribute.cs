using System.Reflection;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// On a response property: the text (or each text of a list) is always one of the <see cref="ValueSet"/> that the static
/// property <see cref="Member"/> of <see cref="Source"/> holds, such as
/// <c>[property: KnownValues(typeof(OrderStatusNames), nameof(OrderStatusNames.Set))]</c>. The set stays the one source:
/// whatever describes the response (the OpenAPI document) reads it from there. Requests state their allowed values
/// through their validators instead (<see cref="TextRules.OneOf{T}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownValuesAttribute(Type source, string member) : Attribute
{
    public Type Source { get; } = source;

    public string Member { get; } = member;

    public ValueSet Set() =>
        Source.GetProperty(Member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as ValueSet
        ?? throw new InvalidOperationException($"{Source.FullName}.{Member} is not a static {nameof(ValueSet)}.");
}
