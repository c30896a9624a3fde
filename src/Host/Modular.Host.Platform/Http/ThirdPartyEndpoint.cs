namespace Modular.Host.Platform.Http;

/// <summary>
/// Endpoint metadata: the endpoint's handler is a library's, which writes its own error bodies (not problem+json);
/// <see cref="ThirdPartyErrorMiddleware"/> answers them as problems. SignalR hubs are recognised by their own metadata.
/// </summary>
internal sealed class ThirdPartyEndpoint
{
    public static readonly ThirdPartyEndpoint Instance = new();

    private ThirdPartyEndpoint()
    {
    }
}
