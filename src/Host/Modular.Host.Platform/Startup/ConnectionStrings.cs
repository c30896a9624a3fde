namespace Modular.Host.Platform.Startup;

/// <summary>Section <c>ConnectionStrings</c>: the three services the host cannot run without.</summary>
internal sealed class ConnectionStrings
{
    public const string SectionName = "ConnectionStrings";

    public string? Postgres { get; set; }

    public string? RabbitMq { get; set; }

    public string? Redis { get; set; }
}
