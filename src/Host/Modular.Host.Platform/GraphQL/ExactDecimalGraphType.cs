using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;
using Modular.Host.Platform.Json;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// GraphQL.NET's <c>Decimal</c> with REST's input rule (<see cref="ExactDecimalConverter"/>): a number is read only when a
/// <see cref="decimal"/> holds it exactly. The library's scalar rounds past 28 significant digits and flushes tiny numbers
/// to zero, so <c>price: 1e-30</c> was stored as 0.00 where REST answers 400. Registered under the built-in's name, it
/// replaces it for every field of the schema; output is unchanged.
/// </summary>
internal sealed class ExactDecimalGraphType : DecimalGraphType
{
    // A graph type's default name comes from its class name ("ExactDecimal"); the replacement goes by name.
    public ExactDecimalGraphType() => Name = "Decimal";

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLIntValue number => TryExact(number.Value.Span, out var exact) ? exact : ThrowLiteralConversionError(value),
        GraphQLFloatValue number => TryExact(number.Value.Span, out var exact) ? exact : ThrowLiteralConversionError(value),
        _ => base.ParseLiteral(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLIntValue number => TryExact(number.Value.Span, out _),
        GraphQLFloatValue number => TryExact(number.Value.Span, out _),
        _ => base.CanParseLiteral(value),
    };

    /// <remarks>
    /// A variable's fractional number arrives as a <see cref="decimal"/> when one holds it exactly and as a
    /// <see cref="double"/> only when none does (<see cref="ExactNumberInputsConverter"/>), so a double is refused.
    /// </remarks>
    public override object? ParseValue(object? value) => value switch
    {
        double or float => ThrowValueConversionError(value),
        _ => base.ParseValue(value),
    };

    private static bool TryExact(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && ExactNumber.Equals(text.ToString(), value);
}
