using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Modular.Host.Platform.Http;

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

    /// <summary>
    /// A raw (percent-encoded) path or query is unsafe when its bytes hold NUL or are not valid UTF-8: an encoded
    /// surrogate (<c>%ED%A0%80</c>) would otherwise be silently decoded to U+FFFD and reach an endpoint altered.
    /// </summary>
    public static bool IsUnsafeEncoded(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return false;
        }

        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length
                && byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
            {
                bytes.Add(decoded);
                i += 2;
            }
            else if (raw[i] < 0x80)
            {
                bytes.Add((byte)raw[i]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
            }
        }

        var span = CollectionsMarshal.AsSpan(bytes);
        return span.Contains((byte)0) || !Utf8.IsValid(span);
    }
}
