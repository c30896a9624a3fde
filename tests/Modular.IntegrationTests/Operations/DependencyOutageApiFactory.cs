using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// The real host whose PostgreSQL is somewhere a test can take away (a closed port, a forwarder it cuts). It consumes
/// no events (its consumers would fail, and fault events other tests wait for); it migrates at start only when the
/// database is there to migrate.
/// </summary>
public sealed class DependencyOutageApiFactory(string postgres, bool migrate) : ModularApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Postgres", postgres);
        builder.UseSetting("Database:MigrateOnStartup", migrate ? "true" : "false");
        builder.UseSetting("Database:CommandTimeoutSeconds", "5");
        builder.UseSetting("Messaging:ConsumeEvents", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
