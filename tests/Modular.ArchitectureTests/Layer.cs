namespace Modular.ArchitectureTests;

/// <summary>The projects every module is made of; each name is also the last segment of the project's namespace.</summary>
public enum Layer
{
    Domain,
    Application,
    Infrastructure,
    Api,
    IntegrationEvents,
}
