using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Modules;

/// <summary>An empty or unknown module name stops the host: a typo must not silently leave a module unserved.</summary>
internal sealed class ModulesOptionsValidator(ModuleCatalog catalog) : IValidateOptions<ModulesOptions>
{
    public ValidateOptionsResult Validate(string? name, ModulesOptions options)
    {
        var problem = ModuleSelection.Parse(options.Enabled).Problem(catalog.Known);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}
