using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Messages of a value of the wrong type, in a variable or a literal, built from where the value is and the type
/// expected there. GraphQL.NET's own messages repeat the value ("Unable to convert '31415926535' to 'String'", "found
/// true"), and a password or refresh token sent as a number or a boolean must not come back in an error body (ADR 0047).
/// Only names and types are taken from its message: they come before the value, which is never read.
/// </summary>
internal static partial class CoercionMessages
{
    /// <summary>For <c>Variable '$input.password' is invalid. ...</c>; <paramref name="path"/> is <c>input.password</c>.</summary>
    public static string Variable(string message, string path)
    {
        var reason = message[(message.IndexOf(" is invalid.", StringComparison.Ordinal) is var end and >= 0 ? end + 12 : message.Length)..].Trim();
        if (reason.StartsWith("No value provided for a non-null variable", StringComparison.Ordinal))
        {
            return $"Variable '${path}' is invalid: a value is required.";
        }

        if (reason.StartsWith("Received a null input for a non-null variable", StringComparison.Ordinal))
        {
            return $"Variable '${path}' is invalid: a value is required, and null was given.";
        }

        if (reason.StartsWith("Unrecognized input fields", StringComparison.Ordinal))
        {
            // Names the client's unknown keys and the input type, not a value.
            return $"Variable '${path}' is invalid. {reason}";
        }

        return ConvertTarget().Match(reason) is { Success: true } convert
            ? $"Variable '${path}' is invalid: expected a value of type '{convert.Groups["type"].Value}'."
            : $"Variable '${path}' is invalid: the value does not have the expected type.";
    }

    /// <summary>For <c>Argument 'input' has invalid value. In field 'password': [Expected type 'String', found ...]</c>.</summary>
    public static string Argument(string message)
    {
        var argument = ArgumentName().Match(message);
        if (!argument.Success)
        {
            return "An argument has an invalid value.";
        }

        var expected = Expected().Match(message, argument.Length);
        var prefix = expected.Success ? message[argument.Length..expected.Index] : string.Empty;
        var path = new List<string> { argument.Groups["name"].Value };
        foreach (Match token in Structure().Matches(prefix))
        {
            if (token.Groups["field"].Success)
            {
                path.Add($".{token.Groups["field"].Value}");
            }
            else if (token.Groups["element"].Success)
            {
                path.Add($"[{int.Parse(token.Groups["element"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1}]");
            }
            else if (path.Count > 1)
            {
                path.RemoveAt(path.Count - 1);
            }
        }

        var at = path.Aggregate(new StringBuilder(), (text, part) => text.Append(part)).ToString();
        return expected.Success
            ? $"Argument '{argument.Groups["name"].Value}' has an invalid value at '{at}': expected a value of type '{expected.Groups["type"].Value}'."
            : $"Argument '{argument.Groups["name"].Value}' has an invalid value.";
    }

    /// <summary>For <c>Variable 'p' of type 'String' has invalid default value '...'. Expected ...</c>.</summary>
    public static string DefaultValue(string message) =>
        DefaultValueOf().Match(message) is { Success: true } match
            ? $"Variable '${match.Groups["name"].Value}' has an invalid default value: expected a value of type '{match.Groups["type"].Value}'."
            : "A variable has an invalid default value.";

    // The type is last: "Unable to convert '<value>' to 'String'", so the value, whatever it holds, is not matched.
    [GeneratedRegex(@"to '(?<type>[\[\]!_0-9A-Za-z]+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertTarget();

    [GeneratedRegex(@"^Argument '(?<name>[_0-9A-Za-z]+)' has invalid value\.", RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentName();

    // The first expectation: everything after its "found" is the value.
    [GeneratedRegex("""Expected (?:type '(?<type>[\[\]!_0-9A-Za-z]+)'|"(?<type>[\[\]!_0-9A-Za-z]+)"), found""", RegexOptions.CultureInvariant)]
    private static partial Regex Expected();

    [GeneratedRegex(@"In field '(?<field>[_0-9A-Za-z]+)': \[|In element #(?<element>[0-9]{1,9}): \[|\]", RegexOptions.CultureInvariant)]
    private static partial Regex Structure();

    [GeneratedRegex(@"^Variable '(?<name>[_0-9A-Za-z]+)' of type '(?<type>[\[\]!_0-9A-Za-z]+)' has invalid default value", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultValueOf();
}
