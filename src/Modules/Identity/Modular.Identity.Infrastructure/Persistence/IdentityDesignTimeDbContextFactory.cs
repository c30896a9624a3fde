using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class IdentityDesignTimeDbContextFactory() : ModuleDesignTimeDbContextFactory<IdentityDbContext>(IdentityModuleInfo.Schema)
{
    protected override IdentityDbContext Create(DbContextOptions<IdentityDbContext> options) => new(options);
}
