namespace Modular.Host.Platform.Modules;

/// <summary>
/// The modules <c>Modules:Enabled</c> asks for: every module when the setting is absent, else the comma-separated names
/// (trimmed, matched case-insensitively). Kept as written, so that validation can name an empty or unknown entry.
/// </summary>
internal sealed class ModuleSelection
{
    private ModuleSelection(IReadOnlyList<string>? names) => Names = names;

    /// <summary>The requested names as written (trimmed), or null for "every module".</summary>
    public IReadOnlyList<string>? Names { get; }

    public static ModuleSelection Parse(string? enabled) =>
        new(enabled?.Split(',').Select(name => name.Trim()).ToList());

    public bool Includes(string module) =>
        Names is null || Names.Contains(module, StringComparer.OrdinalIgnoreCase);

    /// <summary>What is wrong with the selection given the modules the host knows, in one sentence; null when nothing is.</summary>
    public string? Problem(IReadOnlyCollection<string> known)
    {
        if (Names is null)
        {
            return null;
        }

        var wrong = Names
            .Where(name => name.Length == 0 || !known.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Select(name => name.Length == 0 ? "an empty name" : $"'{name}'")
            .Distinct()
            .ToList();
        return wrong.Count == 0
            ? null
            : $"{ModulesOptions.Setting} (environment variable {ModulesOptions.EnvironmentVariable}) has entries that name no module: {string.Join(", ", wrong)}; "
              + $"list modules among {string.Join(", ", known)}, separated by commas, or leave it unset to run every module.";
    }
}
