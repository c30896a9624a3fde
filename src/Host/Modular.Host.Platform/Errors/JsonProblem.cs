using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Errors;

/// <summary>Turns a System.Text.Json failure into a field error without echoing .NET type names.</summary>
internal static partial class JsonProblem
{
    public static ProblemError From(JsonException exception)
    {
        var path = ToFieldPath(exception.Path);
        var unknown = UnmappedProperty().Match(exception.Message);
        if (unknown.Success)
        {
            var name = unknown.Groups["name"].Value;
            // The serializer's path may already end with the unknown property's name, or stop at its parent object.
            var field = path.Length == 0 || path == name || path.EndsWith($".{name}", StringComparison.Ordinal) ? (path.Length == 0 ? name : path) : $"{path}.{name}";
            return new ProblemError(field, $"'{field}' is not a known property.");
        }

        return path.Length == 0
            ? new ProblemError("body", "The request body is not valid JSON.")
            : new ProblemError(path, $"'{path}' has an invalid value.");
    }

    /// <summary><c>$.items[1].quantity</c> becomes <c>items[1].quantity</c>.</summary>
    private static string ToFieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();
}
