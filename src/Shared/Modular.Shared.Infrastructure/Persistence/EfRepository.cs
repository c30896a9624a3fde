using Microsoft.EntityFrameworkCore;
using Modular.Shared.Application.Pagination;
using Modular.Shared.Application.Specifications;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>
/// The EF Core repository of one aggregate in one module's DbContext. Given a <see cref="Lazy{T}"/> context (registered
/// for every module's context), it creates the context on first use: a repository behind a cache creates none on a hit.
/// </summary>
public class EfRepository<T, TContext>(Lazy<TContext> context) : IRepository<T>
    where T : class
    where TContext : ModuleDbContext
{
    public EfRepository(TContext context)
        : this(new Lazy<TContext>(context))
    {
    }

    protected TContext Context => context.Value;

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification, applyPaging: false).CountAsync(cancellationToken);

    public async Task<PagedResult<T>> PageAsync(ISpecification<T> specification, PageRequest page, CancellationToken cancellationToken = default)
    {
        var query = SpecificationEvaluator.Apply(Context.Set<T>(), specification, applyPaging: false);
        var total = await query.LongCountAsync(cancellationToken);
        if (page.IsPastEnd(total))
        {
            return PagedResult<T>.Create([], page, total);
        }

        // Offset < total here, so it passes int only for a table of more than 2^31 rows, which LINQ's Skip cannot page.
        var items = await query.Skip(checked((int)page.Offset)).Take(page.Limit).ToListAsync(cancellationToken);
        return PagedResult<T>.Create(items, page, total);
    }

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Context.Set<T>(), specification, applyPaging: false).AnyAsync(cancellationToken);

    public void Add(T entity) => Context.Set<T>().Add(entity);

    public void Remove(T entity) => Context.Set<T>().Remove(entity);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Context.SaveChangesAsync(cancellationToken);
}
