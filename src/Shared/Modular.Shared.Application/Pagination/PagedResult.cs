namespace Modular.Shared.Application.Pagination;

/// <summary>The contract's list answer: <c>{ data, pagination }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Data, PaginationMetadata Pagination)
{
    public static PagedResult<T> Create(IReadOnlyList<T> data, PageRequest request, long total) =>
        new(data, PaginationMetadata.For(request, total));

    /// <summary>The same page with each item mapped (an aggregate to its response).</summary>
    public PagedResult<TResult> Select<TResult>(Func<T, TResult> map) => new([.. Data.Select(map)], Pagination);
}
