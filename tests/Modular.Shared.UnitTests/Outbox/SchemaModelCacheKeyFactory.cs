using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Shared.UnitTests.Outbox;

/// <summary>One model per schema: EF caches a model per context type unless told what else tells two apart.</summary>
internal sealed class SchemaModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), ((ModuleDbContext)context).Schema, designTime);
}
