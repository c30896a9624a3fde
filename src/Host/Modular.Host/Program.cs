using Modular.Host.Platform;
using Modular.Host.Platform.Messaging;
using Modular.Host.Platform.Modules;
using Modular.Host.Platform.Startup;
using Modular.Identity.Api;
using Modular.Notifications.Api;
using Modular.Orders.Api;
using Modular.Users.Api;

// From the first line on, so that a SIGTERM while the host is built or migrates stops it with 0 (StopSignals).
using var signals = StopSignals.Listen();
WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddModularPlatform();
    // Each module runs in this process only when Modules:Enabled names it (unset: all of them).
    builder.AddModule<IdentityModule>();
    builder.AddModule<UsersModule>();
    builder.AddModule<OrdersModule>();
    builder.AddModule<NotificationsModule>();
    // After the modules: the bus is configured from the events and handlers they declared.
    builder.Services.AddModularMessaging(builder.Configuration);

    app = builder.Build();
}
catch (Exception exception) when (StartupFailure.Handles(exception))
{
    return StartupFailure.InvalidConfiguration(exception);
}

try
{
    if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
    {
        return await app.MigrateDatabasesAsync(signals.Token);
    }

    // The platform's middleware and endpoints, then those of the modules this process runs.
    app.UseModularPlatform();

    return await app.RunModularHostAsync(signals);
}
catch (Exception exception) when (StartupFailure.Handles(exception))
{
    return StartupFailure.CouldNotStart(exception);
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
