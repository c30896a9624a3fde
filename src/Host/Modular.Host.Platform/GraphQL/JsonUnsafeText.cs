using System.Text.Json;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.GraphQL;

/// <summary>Where a GraphQL-over-HTTP request's text holds U+0000 or a lone surrogate (<c>query</c>, <c>variables.name</c>).</summary>
internal static class JsonUnsafeText
{
    public static bool IsUnsafe(JsonElement value)
    {
        try
        {
            return UnsafeText.IsUnsafe(value.GetString());
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json will not unescape a lone surrogate ("\ud800"): unsafe text by definition, never a 500.
            return true;
        }
    }

    public static void Find(string? text, string field, List<string> unsafeText)
    {
        if (UnsafeText.IsUnsafe(text))
        {
            unsafeText.Add(field);
        }
    }

    /// <summary>Every string and property name, escaped or not: U+0000 or a lone surrogate is reported where it is.</summary>
    public static void Find(JsonElement element, string path, List<string> unsafeText)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when IsUnsafe(element):
                unsafeText.Add(path);
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (UnsafeText.IsUnsafe(member.Name))
                    {
                        // The name itself cannot be written back safely: the object holding it is named instead.
                        unsafeText.Add(path);
                        continue;
                    }

                    Find(member.Value, $"{path}.{member.Name}", unsafeText);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Find(item, $"{path}[{index++}]", unsafeText);
                }

                break;
        }
    }
}
