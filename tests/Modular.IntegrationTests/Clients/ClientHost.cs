using Microsoft.AspNetCore.Hosting;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Clients;

/// <summary>
/// The real host on a real TCP port (Chromium cannot reach the in-memory test server), as outside clients meet it: a
/// seeded administrator, one allowed browser origin, and the response check of every test host.
/// </summary>
public sealed class ClientHost : ModularApiFactory
{
    public const int ApiPort = 7401;
    public const int AllowedPagePort = 7402;
    public const int ForeignPagePort = 7403;
    public const string AdminEmail = "typed-client-admin@tests.local";
    public const string AdminPassword = "typed-client-admin-password";

    public ClientHost() => UseKestrel();

    public static string ApiBase => $"http://127.0.0.1:{ApiPort}";

    public static string AllowedOrigin => $"http://127.0.0.1:{AllowedPagePort}";

    public static string ForeignOrigin => $"http://127.0.0.1:{ForeignPagePort}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, ApiBase);
        builder.UseSetting("Cors:AllowedOrigins", AllowedOrigin);
        builder.UseSetting("Identity:Admin:Email", AdminEmail);
        builder.UseSetting("Identity:Admin:Password", AdminPassword);
    }
}
