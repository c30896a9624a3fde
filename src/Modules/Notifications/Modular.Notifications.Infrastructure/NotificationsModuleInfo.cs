namespace Modular.Notifications.Infrastructure;

internal static class NotificationsModuleInfo
{
    public const string Name = "notifications";

    /// <summary>Every table of the module lives in this PostgreSQL schema, and only the module touches it.</summary>
    public const string Schema = "notifications";
}
