namespace Modular.Shared.Web.Http;

/// <summary>
/// Text no input of the contract may carry: U+0000 (truncates strings in PostgreSQL and C libraries) and lone
/// UTF-16 surrogates (not encodable as UTF-8, so they fail later, deep in a driver, as a 500).
/// </summary>
internal static class UnsafeText
{
    public const string Message = "must not contain U+0000 or an unpaired surrogate.";

    public static bool IsUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
