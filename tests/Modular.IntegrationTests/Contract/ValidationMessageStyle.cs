using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// One spelling of a field named by a validation message: quoted, as FluentValidation's own messages and the platform's
/// guards write it (<c>'page' must be an integer from 1 to ...</c>). The modules' messages once named it bare
/// (<c>name is required.</c>), so two answers of one API read differently.
/// </summary>
internal static partial class ValidationMessageStyle
{
    /// <summary>What is wrong with the messages of a problem's <c>errors</c>; empty when there are none or all are quoted.</summary>
    public static IEnumerable<string> Check(JsonNode? problem)
    {
        if (problem is not JsonObject body || body["errors"] is not JsonArray errors)
        {
            yield break;
        }

        foreach (var error in errors)
        {
            var field = error?["field"]?.GetValue<string>() ?? "";
            var message = error?["message"]?.GetValue<string>() ?? "";
            var leaf = Index().Replace(field[(field.LastIndexOf('.') + 1)..], "");
            if (leaf.Length > 0 && (message.StartsWith(leaf + " ", StringComparison.Ordinal) || message.StartsWith(field + " ", StringComparison.Ordinal)))
            {
                yield return $"the message of '{field}' names it unquoted: \"{message}\"";
            }
        }
    }

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
