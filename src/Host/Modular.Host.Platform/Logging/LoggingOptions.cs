using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Logging;

/// <summary>Our settings of section <c>Logging</c> (the framework reads its <c>LogLevel</c> and provider keys itself).</summary>
internal sealed class LoggingOptions
{
    public const string SectionName = "Logging";

    public const string Json = "json";

    public const string Text = "text";

    /// <summary>
    /// <c>json</c>: one JSON object per event (log shippers); <c>text</c>: one readable line per event (a developer's
    /// terminal). Unset: text in Development, JSON elsewhere.
    /// </summary>
    [RegularExpression("^(?i:json|text)$")]
    public string? Format { get; set; }

    /// <summary>Whether events are written as text lines; an unset or unknown value takes the environment's default.</summary>
    public static bool IsText(string? format, bool isDevelopment) =>
        string.Equals(format, Text, StringComparison.OrdinalIgnoreCase)
        || (!string.Equals(format, Json, StringComparison.OrdinalIgnoreCase) && isDevelopment);
}
