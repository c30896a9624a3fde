using System.Text.Json;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Names repeated inside one JSON object of <c>variables</c> or <c>extensions</c>, at any depth. <see cref="JsonDocument"/>
/// keeps both, and GraphQL.NET's reader then fails on the second one with an exception (a 500); REST refuses the same
/// input as malformed, so the request reader does too, naming where (<c>variables.input.name</c>).
/// </summary>
internal static class JsonDuplicateNames
{
    public static void Find(JsonElement element, string path, List<ProblemError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (!seen.Add(member.Name))
                    {
                        errors.Add(new ProblemError($"{path}.{member.Name}", $"'{member.Name}' appears more than once."));
                        continue;
                    }

                    Find(member.Value, $"{path}.{member.Name}", errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Find(item, $"{path}[{index++}]", errors);
                }

                break;
        }
    }
}
