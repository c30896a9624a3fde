using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Orders.Infrastructure.Persistence;

internal sealed class OrdersDesignTimeDbContextFactory() : ModuleDesignTimeDbContextFactory<OrdersDbContext>(OrdersModuleInfo.Schema)
{
    protected override OrdersDbContext Create(DbContextOptions<OrdersDbContext> options) => new(options);
}
