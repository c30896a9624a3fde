using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

internal sealed class NotificationsDesignTimeDbContextFactory() : ModuleDesignTimeDbContextFactory<NotificationsDbContext>(NotificationsModuleInfo.Schema)
{
    protected override NotificationsDbContext Create(DbContextOptions<NotificationsDbContext> options) => new(options);
}
