extern alias host;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>The real host in process, configured like the integration tests' one, without logs.</summary>
internal sealed class BenchHostFactory : WebApplicationFactory<host::Program>
{
    // The factory looks for its manifest in the current directory, which for "dotnet run" is not the output folder;
    // the host's appsettings*.json are copied next to the benchmark, so that folder is a faithful content root.
    public BenchHostFactory() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MODULAR_HOST", AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", TestEnvironment.Postgres);
        builder.UseSetting("ConnectionStrings:RabbitMq", TestEnvironment.RabbitMq);
        builder.UseSetting("ConnectionStrings:Redis", TestEnvironment.Redis);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Jwt:SigningKey", TestEnvironment.JwtSigningKey);
        builder.UseSetting("Jwt:Issuer", TestEnvironment.JwtIssuer);
        builder.UseSetting("Jwt:Audience", TestEnvironment.JwtAudience);
        builder.UseSetting("RateLimiting:Enabled", "false");
        // The benchmark prints one line; the host's start-up and shutdown chatter would bury it.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
