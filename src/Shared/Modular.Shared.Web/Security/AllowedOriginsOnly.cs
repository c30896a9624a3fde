namespace Modular.Shared.Web.Security;

/// <summary>
/// Endpoint metadata: a request carrying an <c>Origin</c> header that names an origin outside <c>Cors:AllowedOrigins</c>
/// is refused (403) before the endpoint runs; a request without <c>Origin</c> (a mobile or server client) is not
/// affected. For what browsers do not guard with CORS, such as a WebSocket upgrade.
/// </summary>
public sealed class AllowedOriginsOnly
{
    public static AllowedOriginsOnly Instance { get; } = new();

    private AllowedOriginsOnly()
    {
    }
}
