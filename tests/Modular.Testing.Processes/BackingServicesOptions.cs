namespace Modular.Testing.Processes;

public sealed class BackingServicesOptions
{
    /// <summary>The database created for the hosts.</summary>
    public string Database { get; init; } = "modular";

    /// <summary>RabbitMQ plugins enabled at boot (none by default: a broker without plugins starts fastest).</summary>
    public IReadOnlyList<string> RabbitMqPlugins { get; init; } = [];
}
