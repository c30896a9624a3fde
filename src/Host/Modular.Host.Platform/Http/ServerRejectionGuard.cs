namespace Modular.Host.Platform.Http;

/// <summary>
/// Per connection: whether a request is in the application (from the first middleware until its response completed).
/// Whatever Kestrel writes while none is, it wrote on its own: its answer to a request it refused before any middleware.
/// </summary>
internal sealed class ServerRejectionGuard
{
    private volatile bool _inApplication;

    public bool InApplication => _inApplication;

    public void RequestStarted() => _inApplication = true;

    public void RequestCompleted() => _inApplication = false;
}
