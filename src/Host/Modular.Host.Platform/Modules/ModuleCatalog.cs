using Microsoft.AspNetCore.Routing;

namespace Modular.Host.Platform.Modules;

/// <summary>
/// The modules the host composes, in the order it named them, and which of them this process runs. Built while the
/// services are registered (the selection is read from configuration then, as consumers and their queues are declared
/// then too); validated at startup (<see cref="ModulesOptionsValidator"/>); read when the endpoints are mapped.
/// </summary>
internal sealed class ModuleCatalog(ModuleSelection selection)
{
    private readonly List<string> _known = [];
    private readonly List<(string Name, Action<IEndpointRouteBuilder> Map)> _enabled = [];

    public IReadOnlyList<string> Known => _known;

    public IReadOnlyList<string> Enabled => [.. _enabled.Select(module => module.Name)];

    /// <summary>Records a module the host knows; true when this process runs it (its endpoints are then mapped later).</summary>
    public bool Add(string name, Action<IEndpointRouteBuilder> mapEndpoints)
    {
        if (_known.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Module {name} is added twice; the host composes each module once.");
        }

        _known.Add(name);
        if (!selection.Includes(name))
        {
            return false;
        }

        _enabled.Add((name, mapEndpoints));
        return true;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        foreach (var (_, map) in _enabled)
        {
            map(endpoints);
        }
    }
}
