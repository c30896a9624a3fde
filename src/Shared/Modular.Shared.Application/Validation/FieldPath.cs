using System.Text;

namespace Modular.Shared.Application.Validation;

/// <summary>Turns a .NET member path (<c>Items[1].Quantity</c>) into the contract's camelCase path (<c>items[1].quantity</c>).</summary>
public static class FieldPath
{
    public static string ToCamelCase(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);
        var startOfSegment = true;
        foreach (var character in path)
        {
            builder.Append(startOfSegment ? char.ToLowerInvariant(character) : character);
            startOfSegment = character == '.';
        }

        return builder.ToString();
    }
}
