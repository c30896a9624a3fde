using System.Reflection;

namespace Modular.ArchitectureTests;

/// <summary>The assemblies under test, named through their AssemblyReference so a renamed project breaks the build here.</summary>
public static class ModuleAssemblies
{
    public static IReadOnlyList<string> Modules { get; } = ["Users", "Identity", "Orders", "Notifications"];

    public static TheoryData<string> ModuleNames => new(Modules);

    /// <summary>
    /// Modules that publish integration events. A module that only listens (Notifications) has no IntegrationEvents
    /// project: an empty one would be an assembly the event rules could only pass vacuously.
    /// </summary>
    public static IReadOnlyList<string> Publishers => [.. Modules.Where(module => Table.ContainsKey((module, Layer.IntegrationEvents)))];

    public static TheoryData<string> PublisherNames => new(Publishers);

    /// <summary>The layers every module has; only <see cref="Layer.IntegrationEvents"/> is optional.</summary>
    public static IReadOnlyList<Layer> RequiredLayers { get; } = [Layer.Domain, Layer.Application, Layer.Infrastructure, Layer.Api];

    public static IReadOnlyList<Assembly> Shared { get; } =
    [
        Assembly.Load("Modular.Shared.Kernel"),
        Assembly.Load("Modular.Shared.Application"),
        Assembly.Load("Modular.Shared.Infrastructure"),
        Assembly.Load("Modular.Shared.Web"),
    ];

    public static Assembly Host { get; } = typeof(Program).Assembly;

    /// <summary>What only the host composes: the HTTP pipeline, observability, startup and shutdown.</summary>
    public static Assembly Platform { get; } = Modular.Host.Platform.AssemblyReference.Assembly;

    private static readonly Dictionary<(string Module, Layer Layer), Assembly> Table = new()
    {
        [("Users", Layer.Domain)] = Modular.Users.Domain.AssemblyReference.Assembly,
        [("Users", Layer.Application)] = Modular.Users.Application.AssemblyReference.Assembly,
        [("Users", Layer.Infrastructure)] = Modular.Users.Infrastructure.AssemblyReference.Assembly,
        [("Users", Layer.Api)] = Modular.Users.Api.AssemblyReference.Assembly,
        [("Users", Layer.IntegrationEvents)] = Modular.Users.IntegrationEvents.AssemblyReference.Assembly,
        [("Identity", Layer.Domain)] = Modular.Identity.Domain.AssemblyReference.Assembly,
        [("Identity", Layer.Application)] = Modular.Identity.Application.AssemblyReference.Assembly,
        [("Identity", Layer.Infrastructure)] = Modular.Identity.Infrastructure.AssemblyReference.Assembly,
        [("Identity", Layer.Api)] = Modular.Identity.Api.AssemblyReference.Assembly,
        [("Identity", Layer.IntegrationEvents)] = Modular.Identity.IntegrationEvents.AssemblyReference.Assembly,
        [("Orders", Layer.Domain)] = Modular.Orders.Domain.AssemblyReference.Assembly,
        [("Orders", Layer.Application)] = Modular.Orders.Application.AssemblyReference.Assembly,
        [("Orders", Layer.Infrastructure)] = Modular.Orders.Infrastructure.AssemblyReference.Assembly,
        [("Orders", Layer.Api)] = Modular.Orders.Api.AssemblyReference.Assembly,
        [("Orders", Layer.IntegrationEvents)] = Modular.Orders.IntegrationEvents.AssemblyReference.Assembly,
        [("Notifications", Layer.Domain)] = Modular.Notifications.Domain.AssemblyReference.Assembly,
        [("Notifications", Layer.Application)] = Modular.Notifications.Application.AssemblyReference.Assembly,
        [("Notifications", Layer.Infrastructure)] = Modular.Notifications.Infrastructure.AssemblyReference.Assembly,
        [("Notifications", Layer.Api)] = Modular.Notifications.Api.AssemblyReference.Assembly,
    };

    public static Assembly Of(string module, Layer layer) => Table[(module, layer)];

    /// <summary>The layers the module actually has.</summary>
    public static IReadOnlyList<Layer> Layers(string module) => [.. Enum.GetValues<Layer>().Where(layer => Table.ContainsKey((module, layer)))];

    public static IReadOnlyList<Assembly> Of(string module) => [.. Layers(module).Select(layer => Of(module, layer))];

    public static IReadOnlyList<Assembly> All => [.. Modules.SelectMany(Of)];

    /// <summary>Namespaces follow assembly names, so this is both the namespace and the assembly name of a module layer.</summary>
    public static string Namespace(string module, Layer layer) => $"Modular.{module}.{layer}";
}
