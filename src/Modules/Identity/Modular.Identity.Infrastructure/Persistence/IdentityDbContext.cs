using Microsoft.EntityFrameworkCore;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => IdentityModuleInfo.Schema;
}
