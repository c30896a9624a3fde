using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Application.Security;
using Modular.Shared.Web.Authentication;

namespace Modular.Shared.Web.Hubs;

/// <summary>Records every connection of every hub under its user and login, from connect to disconnect.</summary>
internal sealed class AccountConnectionsHubFilter(AccountConnections connections) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        if (context.Context.User is { } user && user.TryGetUserId(out var userId))
        {
            connections.Add(new AccountSession(userId, user.GetSessionId()), context.Context);
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User?.TryGetUserId(out var userId) == true)
        {
            connections.Remove(userId, context.Context.ConnectionId);
        }

        return next(context, exception);
    }
}
