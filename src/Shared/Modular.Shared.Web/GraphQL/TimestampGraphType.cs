using GraphQL.Types;
using GraphQLParser.AST;

namespace Modular.Shared.Web.GraphQL;

/// <summary>
/// <c>DateTime</c>: an instant as REST writes it (ISO-8601 UTC with <c>Z</c>). The value goes to the response serializer
/// as it is, so the host's one JSON converter writes the same string for both edges.
/// </summary>
public sealed class TimestampGraphType : ScalarGraphType
{
    public TimestampGraphType()
    {
        Name = "DateTime";
        Description = "An instant, ISO-8601 in UTC with a Z (2026-11-23T19:40:00.123456Z): the same string REST answers.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime(),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseValue((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant) => instant,
        DateTimeOffset instant => instant,
        _ => ThrowValueConversionError(value),
    };
}
