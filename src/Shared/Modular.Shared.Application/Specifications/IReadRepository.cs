using Modular.Shared.Application.Pagination;

namespace Modular.Shared.Application.Specifications;

/// <summary>Reads aggregates through specifications; shaped like Ardalis.Specification's <c>IReadRepositoryBase&lt;T&gt;</c>.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default);

    /// <summary>Counts what the specification matches, ignoring its paging.</summary>
    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of what the specification matches (its own paging ignored) and the total: the items are read only when
    /// the page is not past the end, so a far page costs one count and never a huge <c>OFFSET</c>.
    /// </summary>
    Task<PagedResult<T>> PageAsync(ISpecification<T> specification, PageRequest page, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default);
}
