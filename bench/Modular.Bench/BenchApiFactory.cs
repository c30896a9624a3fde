extern alias host;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>The real host with every module, configured as the integration tests configure it, logging warnings only.</summary>
internal sealed class BenchApiFactory : WebApplicationFactory<host::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A console app has no test manifest telling the factory where the host's content root is.
        builder.UseSolutionRelativeContentRoot("src/Host/Modular.Host");
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
