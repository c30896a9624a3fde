using System.Text;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// A field's arguments as one canonical text (by name, values as written, input objects by field name): two fields whose
/// texts differ do not have the same arguments, the specification's condition for merging fields of one response name
/// under one type (<see cref="DocumentShape"/>). Values are compared token by token, as the parser read them; nesting is
/// bounded by the parser's depth.
/// </summary>
internal static class ArgumentsText
{
    public static string Of(GraphQLArguments? arguments)
    {
        if (arguments is null || arguments.Items.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var argument in arguments.Items.OrderBy(argument => argument.Name.StringValue, StringComparer.Ordinal))
        {
            text.Append(argument.Name.StringValue).Append(':');
            Append(text, argument.Value);
            text.Append(',');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                text.Append('$').Append(variable.Name.StringValue);
                break;
            case GraphQLStringValue literal:
                // Quoted, so that the string "1" and the number 1 differ.
                text.Append('"').Append(literal.Value.Span).Append('"');
                break;
            case GraphQLIntValue number:
                text.Append(number.Value.Span);
                break;
            case GraphQLFloatValue number:
                text.Append(number.Value.Span);
                break;
            case GraphQLBooleanValue flag:
                text.Append(flag.BoolValue ? "true" : "false");
                break;
            case GraphQLEnumValue member:
                text.Append(member.Name.StringValue);
                break;
            case GraphQLListValue list:
                text.Append('[');
                foreach (var item in list.Values ?? [])
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case GraphQLObjectValue input:
                text.Append('{');
                foreach (var field in (input.Fields ?? []).OrderBy(field => field.Name.StringValue, StringComparer.Ordinal))
                {
                    text.Append(field.Name.StringValue).Append(':');
                    Append(text, field.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
