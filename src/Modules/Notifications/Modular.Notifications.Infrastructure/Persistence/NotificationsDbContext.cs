using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>Holds the module's inbox, the orders' status timelines, and the shared outbox table (unused: the module publishes nothing).</summary>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => NotificationsModuleInfo.Schema;
}
