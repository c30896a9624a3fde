namespace Modular.Host.Platform.Security;

/// <summary>Section <c>Cors</c>: which browser origins may call the API.</summary>
internal sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>Comma-separated origins (<c>https://app.example.com</c>); empty allows none; <c>*</c> only in Development.</summary>
    public string AllowedOrigins { get; set; } = string.Empty;

    public IReadOnlyList<string> Origins() =>
        AllowedOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/'))
            .ToList();
}
