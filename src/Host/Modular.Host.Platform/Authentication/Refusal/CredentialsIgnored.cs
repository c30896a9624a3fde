namespace Modular.Host.Platform.Authentication.Refusal;

/// <summary>
/// Endpoint metadata: the endpoint reads no caller identity and answers whatever credentials the request carries. Only
/// for the orchestrators' probes (<c>/health/*</c>: "200 while the process runs"), whose callers are not API clients;
/// everywhere else a refused bearer token is 401 (<see cref="PresentedCredentialsMiddleware"/>).
/// </summary>
internal sealed class CredentialsIgnored
{
    public static CredentialsIgnored Instance { get; } = new();

    private CredentialsIgnored()
    {
    }
}
