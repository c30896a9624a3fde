using System.ComponentModel.DataAnnotations;

namespace Modular.Notifications.Api.Hubs;

/// <summary>Settings of the real-time hub (section <c>Notifications</c>).</summary>
internal sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// Prefix of the backplane's Redis pub/sub channels. Every instance of one deployment must share it; two
    /// deployments on one Redis must not, or each would deliver the other's messages to same-named users.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:._-]{1,64}$")]
    public string RedisChannelPrefix { get; set; } = "modular";
}
