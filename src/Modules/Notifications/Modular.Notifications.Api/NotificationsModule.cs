using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Notifications.Api.Hubs;
using Modular.Notifications.Application.Abstractions;
using Modular.Notifications.Infrastructure;
using Modular.Shared.Infrastructure.Modules;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Hubs;
using Modular.Shared.Web.Modules;
using Modular.Shared.Web.Security;

namespace Modular.Notifications.Api;

/// <summary>The Notifications module as the host sees it: one call to register its services, one to map its hub.</summary>
public sealed class NotificationsModule : IModule
{
    public const string HubPath = "/hubs/notifications";

    public static string Name => "Notifications";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddNotificationsInfrastructure(configuration);
        services.AddNotificationsHub(configuration);
        services.AddSingleton<IOrderStatusNotifier, HubOrderStatusNotifier>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Negotiate and the WebSocket upgrade alike: no valid token, no connection (401); a browser page of an origin
        // outside Cors:AllowedOrigins, no connection either (403: CORS does not cover WebSockets). A connection lives no
        // longer than its token, so a revoked or disabled account stops receiving once its last access token expires. A
        // WebSocket negotiated on another instance (a proxy without sticky sessions) opens here rather than failing.
        endpoints.MapHub<NotificationsHub>(HubPath, options => options.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(AuthorizationPolicies.User)
            .RequireAllowedOrigin()
            .AcceptWebSocketsNegotiatedElsewhere();
    }
}
