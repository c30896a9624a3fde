using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Authentication;
using Modular.Host.Platform.Errors;
using Modular.Host.Platform.GraphQL;
using Modular.Host.Platform.Health;
using Modular.Host.Platform.Http;
using Modular.Host.Platform.Json;
using Modular.Host.Platform.Logging;
using Modular.Host.Platform.Memory;
using Modular.Host.Platform.Modules;
using Modular.Host.Platform.Observability;
using Modular.Host.Platform.OpenApi;
using Modular.Host.Platform.Persistence;
using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.Security;
using Modular.Host.Platform.Shutdown;
using Modular.Host.Platform.Startup;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Time;
using Modular.Shared.Web.Problems;
using Npgsql;
using StackExchange.Redis;

namespace Modular.Host.Platform;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>The HTTP platform every module's endpoints share: JSON rules, problem details, health, shared connections.</summary>
    public static WebApplicationBuilder AddModularPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Globalization runs on ICU (for NFC, ADR 0020), not to follow the machine's locale: every text the process
        // formats (messages, logs, problem details) reads the same whatever LANG the host was given.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

        // The contract's default address; ASPNETCORE_URLS (or --urls) overrides it.
        if (string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5000");
        }

        services.AddModularClock();
        builder.AddModularLogging();
        services.AddModularHttpLimits(configuration);
        builder.AddModularSecurity();
        services.AddModularGracefulShutdown(configuration);
        // Gives the free memory start-up and bursts of load leave behind back to the OS once the host is quiet (ADR 0036).
        services.AddHostedService<IdleMemoryRelease>();
        services.AddModularStartupChecks(configuration);
        services.AddModuleSwitches(configuration);
        services.Configure<JsonOptions>(options => ContractJson.Configure(options.SerializerOptions));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            // The framework's own title ("Not Found", "Unsupported Media Type") is replaced: a type has one title (ProblemTypes).
            var shaped = Problems.Create(context.HttpContext, status, context.ProblemDetails.Detail);
            context.ProblemDetails.Type = shaped.Type;
            context.ProblemDetails.Title = shaped.Title;
            context.ProblemDetails.Detail = shaped.Detail;
            context.ProblemDetails.Instance = shaped.Instance;
            context.ProblemDetails.Extensions["traceId"] = shaped.Extensions["traceId"];
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        services.AddModularAuthentication(configuration);
        services.AddModularRateLimiting(configuration);
        services.AddModularObservability(configuration);
        services.AddModularOpenApi(configuration);
        services.AddModularGraphQL(configuration);

        services.TryAddSingleton<NpgsqlDataSource>(_ => PostgresDataSource.Create(configuration));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IConnectionMultiplexer>(_ => RedisConnection.Connect(configuration));

        services.AddHealthChecks()
            .AddNpgSql(provider => provider.GetRequiredService<NpgsqlDataSource>(), name: "postgres", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<RedisReadinessCheck>("redis", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(3));
        services.AddSingleton<IPostConfigureOptions<HealthCheckServiceOptions>, BoundedHealthChecks>();

        return builder;
    }
}
