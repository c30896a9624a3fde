using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;
using Modular.Shared.Web.GraphQL;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// The real host with the test endpoints and a log capture: one in the default "Testing" environment and one in
/// "Production", shared by the platform test classes (each host takes seconds to start).
/// </summary>
public sealed class PlatformHosts : IDisposable
{
    public const string AllowedOrigin = "https://app.example.test";

    private readonly ModularApiFactory _root = new();
    private readonly Lazy<WebApplicationFactory<Program>> _production;

    public PlatformHosts()
    {
        Testing = Create(_root, "Testing", Logs);
        _production = new Lazy<WebApplicationFactory<Program>>(() => Create(_root, "Production", ProductionLogs));
    }

    public CapturedLogs Logs { get; } = new();

    public CapturedLogs ProductionLogs { get; } = new();

    public WebApplicationFactory<Program> Testing { get; }

    public WebApplicationFactory<Program> Production => _production.Value;

    /// <summary>The test host with extra settings; the caller disposes it.</summary>
    public static WebApplicationFactory<Program> Create(ModularApiFactory root, string environment, CapturedLogs logs, params (string Key, string Value)[] settings) =>
        root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Cors:AllowedOrigins", $"{AllowedOrigin}, https://admin.example.test");
            // ASP.NET Core's own lines too, so the no-secret-in-logs test covers what the framework writes.
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
            // These hosts test HTTP behaviour only; some are refused at startup, and a half-started host must not take
            // (and fault) events that the healthy hosts of other test classes are waiting for.
            builder.UseSetting("Messaging:ConsumeEvents", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter, TestEndpoints>();
                services.AddGraphQLSchemaPart<FailingGraphQLPart>();
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddSingleton<IMeterFactory, IsolatedMeterFactory>();
            });
        });

    public void Dispose()
    {
        Testing.Dispose();
        if (_production.IsValueCreated)
        {
            _production.Value.Dispose();
        }

        _root.Dispose();
    }
}
