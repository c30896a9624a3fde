extern alias host;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>The real host with every module, in this process, on the local services; rate limiting off, quiet logs.</summary>
internal sealed class InProcessHost : WebApplicationFactory<host::Program>
{
    // The factory finds the host's content root through MvcTestingAppManifest.json in the current directory,
    // which is the output folder under a test runner but not under "dotnet run".
    public InProcessHost() => Directory.SetCurrentDirectory(AppContext.BaseDirectory);

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
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
