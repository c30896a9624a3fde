using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Shared.UnitTests.Outbox;

/// <summary>A module's DbContext that never connects: the signal reads only its model and whether a transaction is open.</summary>
internal sealed class SignalTestContext(string schema) : ModuleDbContext(
    new DbContextOptionsBuilder<SignalTestContext>()
        .UseNpgsql("Host=127.0.0.1;Port=1;Database=unused")
        .UseSnakeCaseNamingConvention()
        .ReplaceService<IModelCacheKeyFactory, SchemaModelCacheKeyFactory>()
        .Options)
{
    public override string Schema => schema;
}
