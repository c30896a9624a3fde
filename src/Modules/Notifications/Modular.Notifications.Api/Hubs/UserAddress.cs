namespace Modular.Notifications.Api.Hubs;

/// <summary>The one spelling of a user id on both sides of SignalR's user addressing.</summary>
internal static class UserAddress
{
    public static string Of(Guid userId) => userId.ToString("D");
}
