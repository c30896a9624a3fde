using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>Holds only the module's inbox (and the shared outbox table, unused: the module publishes nothing).</summary>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => NotificationsModuleInfo.Schema;
}
