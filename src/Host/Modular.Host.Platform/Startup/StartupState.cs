namespace Modular.Host.Platform.Startup;

/// <summary>Whether the configuration passed validation; when it did not, the host maps nothing and does not run.</summary>
internal sealed class StartupState
{
    public bool ConfigurationInvalid { get; set; }
}
