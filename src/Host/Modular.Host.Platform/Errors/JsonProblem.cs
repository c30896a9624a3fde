using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Errors;

/// <summary>Turns a System.Text.Json failure into a field error without echoing .NET type names.</summary>
internal static partial class JsonProblem
{
    /// <summary>The error of an empty body or a JSON <c>null</c> where an endpoint requires an object.</summary>
    public static readonly ProblemError MissingBody = new("body", "The request body must be a JSON object.");

    /// <summary>
    /// Whether minimal APIs refused the request because the body parameter got nothing: no body at all, or the JSON
    /// <c>null</c> (it reads as no value). Known by the framework's two messages for it, which name only the parameter.
    /// </summary>
    public static bool IsMissingBody(BadHttpRequestException exception) =>
        exception.StatusCode == StatusCodes.Status400BadRequest && NoBody().IsMatch(exception.Message);

    public static ProblemError From(JsonException exception)
    {
        if (TooDeep(exception, "body") is { } deep)
        {
            return deep;
        }

        var path = ToFieldPath(exception.Path);
        var unknown = UnmappedProperty().Match(exception.Message);
        if (unknown.Success)
        {
            var field = FieldOf(path, unknown.Groups["name"].Value);
            return new ProblemError(field, $"'{field}' is not a known property.");
        }

        var duplicate = DuplicateProperty().Match(exception.Message);
        if (duplicate.Success)
        {
            var field = FieldOf(path, duplicate.Groups["name"].Value);
            return new ProblemError(field, $"'{field}' appears more than once.");
        }

        if (path.Length > 0)
        {
            // A body that breaks off or is malformed inside a member is a syntax error of the body, not a bad value of it.
            return IsSyntaxError(exception)
                ? new ProblemError("body", $"The request body is not valid JSON (at '{path}').")
                : new ProblemError(path, $"'{path}' has an invalid value.");
        }

        // Well-formed JSON of another kind at the top (an array, a string, a number) is not a syntax error.
        return NotConvertible().IsMatch(exception.Message)
            ? MissingBody
            : new ProblemError("body", "The request body is not valid JSON.");
    }

    /// <summary>
    /// The error of well-formed JSON nested past the reader's depth (64 objects and arrays inside one another: System.Text.Json's
    /// default, the bound of the serializer and of the GraphQL reader), named as that rather than as a syntax error; null
    /// when <paramref name="exception"/> is another failure. <paramref name="field"/> is "body" or the member that held it.
    /// </summary>
    public static ProblemError? TooDeep(JsonException exception, string field)
    {
        var depth = DepthExceeded().Match(exception.Message);
        if (!depth.Success)
        {
            return null;
        }

        var what = field == "body" ? "The request body" : $"'{field}'";
        return new ProblemError(field, $"{what} nests objects and arrays more than {depth.Groups["max"].Value} levels deep.");
    }

    /// <summary>
    /// Whether the reader refused the text itself (truncated, a stray character): System.Text.Json then carries its
    /// reader's exception (an internal type, known by name) inside; a value of the wrong kind has none or another.
    /// </summary>
    private static bool IsSyntaxError(JsonException exception) =>
        exception.InnerException?.GetType().Name == "JsonReaderException";

    /// <summary>The serializer's path may already end with the property's name, or stop at its parent object.</summary>
    private static string FieldOf(string path, string name) =>
        path.Length == 0 ? name : path == name || path.EndsWith($".{name}", StringComparison.Ordinal) ? path : $"{path}.{name}";

    /// <summary><c>$.items[1].quantity</c> becomes <c>items[1].quantity</c>.</summary>
    private static string ToFieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("^The JSON value could not be converted to ", RegexOptions.CultureInvariant)]
    private static partial Regex NotConvertible();

    [GeneratedRegex("""^(Required parameter "[^"]*" was not provided from body\.|Implicit body inferred for parameter "[^"]*" but no body was provided\.)""", RegexOptions.CultureInvariant)]
    private static partial Regex NoBody();

    [GeneratedRegex("The maximum configured depth of (?<max>[0-9]+) has been exceeded", RegexOptions.CultureInvariant)]
    private static partial Regex DepthExceeded();

    [GeneratedRegex("Duplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();
}
