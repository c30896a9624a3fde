using Microsoft.AspNetCore.SignalR;
using Modular.Shared.Web.Authentication;

namespace Modular.Notifications.Api.Hubs;

/// <summary>
/// A connection's user is the token's <c>sub</c>, in the canonical Guid form, so it matches the user ids the
/// events carry whatever casing the token used.
/// </summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.User.TryGetUserId(out var userId) ? UserAddress.Of(userId) : null;
}
