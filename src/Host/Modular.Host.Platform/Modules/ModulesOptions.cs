namespace Modular.Host.Platform.Modules;

/// <summary>Section <c>Modules</c>: which modules this process runs (ADR 0026).</summary>
internal sealed class ModulesOptions
{
    public const string SectionName = "Modules";
    public const string Setting = "Modules:Enabled";
    public const string EnvironmentVariable = "Modules__Enabled";

    /// <summary>Comma-separated module names (<c>Orders, Notifications</c>), case-insensitive; unset runs every module.</summary>
    public string? Enabled { get; set; }
}
