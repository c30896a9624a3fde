using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Web.Authentication;

namespace Modular.Notifications.Api.Hubs;

/// <summary>
/// Server-to-client only: clients invoke nothing, they listen for <see cref="OrderStatusChangedMethod"/>. SignalR
/// addresses each connection by its user id (<see cref="SubjectUserIdProvider"/>), which is how a change reaches its
/// owner's tabs and devices, on any instance, and nobody else.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.User)]
internal sealed class NotificationsHub : Hub
{
    public const string OrderStatusChangedMethod = "orderStatusChanged";
}
