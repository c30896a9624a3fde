using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.Shared.Web.Hubs;

public static class AccountConnectionsExtensions
{
    /// <summary>
    /// Every hub of this process closes the connections of accounts that stop being active (ADR 0021): connections are
    /// recorded by user (a hub filter) and checked against <see cref="Application.Security.IAccountLiveness"/> every second.
    /// </summary>
    public static ISignalRServerBuilder AddInactiveAccountClosing(this ISignalRServerBuilder builder)
    {
        builder.Services.TryAddSingleton<AccountConnections>();
        builder.Services.TryAddSingleton<IHeldHubConnections>(provider => provider.GetRequiredService<AccountConnections>());
        builder.Services.TryAddSingleton<AccountConnectionsHubFilter>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, InactiveAccountConnectionCloser>());
        builder.Services.Configure<HubOptions>(options => options.AddFilter<AccountConnectionsHubFilter>());
        return builder;
    }
}
