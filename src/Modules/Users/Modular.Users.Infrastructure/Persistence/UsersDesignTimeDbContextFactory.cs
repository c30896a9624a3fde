using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Users.Infrastructure.Persistence;

internal sealed class UsersDesignTimeDbContextFactory() : ModuleDesignTimeDbContextFactory<UsersDbContext>(UsersModuleInfo.Schema)
{
    protected override UsersDbContext Create(DbContextOptions<UsersDbContext> options) => new(options);
}
