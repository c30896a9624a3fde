using Modular.Host.Platform;
using Modular.Host.Platform.Messaging;
using Modular.Identity.Api;
using Modular.Notifications.Api;
using Modular.Orders.Api;
using Modular.Users.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddModularPlatform();
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddUsersModule(builder.Configuration);
builder.Services.AddOrdersModule(builder.Configuration);
builder.Services.AddNotificationsModule(builder.Configuration);
// After the modules: the bus is configured from the events and handlers they declared.
builder.Services.AddModularMessaging(builder.Configuration);

var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await app.MigrateDatabasesAsync();
    return 0;
}

app.UseModularPlatform();
app.MapIdentityEndpoints();
app.MapUsersEndpoints();
app.MapOrdersEndpoints();
app.MapNotificationsEndpoints();

return await app.RunModularHostAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
