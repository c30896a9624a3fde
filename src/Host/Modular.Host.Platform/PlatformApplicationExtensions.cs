using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Authentication.Refusal;
using Modular.Host.Platform.GraphQL;
using Modular.Host.Platform.Health;
using Modular.Host.Platform.Http;
using Modular.Host.Platform.Logging;
using Modular.Host.Platform.Modules;
using Modular.Host.Platform.Observability;
using Modular.Host.Platform.OpenApi;
using Modular.Host.Platform.Persistence;
using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.Security;
using Modular.Host.Platform.Startup;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Host.Platform;

public static class PlatformApplicationExtensions
{
    /// <summary>
    /// The middleware every request goes through, in order, the platform's endpoints, then the endpoints of the modules
    /// this process runs (<c>Modules:Enabled</c>): a path of a module that is off answers 404.
    /// </summary>
    public static WebApplication UseModularPlatform(this WebApplication app)
    {
        if (!app.ValidateConfiguration())
        {
            return app;
        }

        app.UseServerRejectionGuard();
        app.UseModularForwardedHeaders();
        app.UseModularRequestLogging();
        app.UseHeadAsGet();
        // Explicit, after HEAD became GET; where the framework would otherwise put it implicitly (first).
        app.UseRouting();
        app.UseModularSecurity();
        app.UseExceptionHandler();
        // Answers with no body (unknown route 404, wrong method 405, ...) get the contract's problem+json too.
        app.UseStatusCodePages();
        app.UseModularRequestGuards();
        app.UseAuthentication();
        // After authentication: authenticated callers are limited per user id, anonymous ones per client address.
        // Before authorization: requests refused with 401/403 spend the budget too.
        app.UseModularRateLimiting();
        // A presented token that was refused is 401 on every endpoint, anonymous ones included (ADR 0041).
        app.UseMiddleware<PresentedCredentialsMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<ThirdPartyErrorMiddleware>();
        app.MapModularHealth();
        app.MapModularMetrics();
        app.MapModularOpenApi();
        app.MapModularGraphQL();
        app.MapModules();
        return app;
    }

    /// <summary>Applies the pending migrations of the modules this process runs when <c>Database:MigrateOnStartup</c> is true.</summary>
    internal static async Task MigrateDatabasesIfConfiguredAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The <c>migrate</c> command: applies the pending migrations of the modules this process runs (<c>Modules:Enabled</c>),
    /// each in its own schema, and returns the exit code: 0, or 2 when the module selection or a connection string is invalid.
    /// </summary>
    public static async Task<int> MigrateDatabasesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // Only what migrating needs is checked: an operator runs this with the connection strings alone.
        if (!app.ValidateConfiguration(services =>
            {
                _ = services.GetRequiredService<IOptions<ModulesOptions>>().Value;
                _ = services.GetRequiredService<IOptions<ConnectionStrings>>().Value;
            }))
        {
            await app.DisposeAsync();
            return HostRunExtensions.InvalidConfigurationExitCode;
        }

        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        return 0;
    }
}
