using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Infrastructure.Persistence;

internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => UsersModuleInfo.Schema;

    internal DbSet<UserProfile> Profiles => Set<UserProfile>();
}
