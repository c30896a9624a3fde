using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.IntegrationTests.Contract;
using Modular.Testing;

namespace Modular.IntegrationTests.Support;

/// <summary>
/// The real host, its whole HTTP pipeline and every module, on the real PostgreSQL, RabbitMQ and Redis. Every response
/// to a documented operation is checked against the OpenAPI document the host serves (<see cref="ResponseContractMiddleware"/>).
/// </summary>
public class ModularApiFactory : WebApplicationFactory<Program>
{
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
        // Tests send far more than the contract's default budget; the rate-limit tests turn it back on in a factory of their own.
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureServices(ResponseContractStartupFilter.AddTo);
    }

    /// <summary>
    /// A second instance of the API on the same PostgreSQL, RabbitMQ and Redis, for what must hold on every instance. It
    /// consumes no events (this factory's instance applies them), so each event is still applied where its test waits for
    /// it. It starts with its first client; the caller disposes it.
    /// </summary>
    public WebApplicationFactory<Program> SecondInstance() =>
        WithWebHostBuilder(builder => builder.UseSetting("Messaging:ConsumeEvents", "false"));
}
