using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

/// <summary>
/// A named query over <typeparamref name="T"/>: criteria, ordering, includes and paging.
/// Shaped like Ardalis.Specification's <c>ISpecification&lt;T&gt;</c> so that package can replace it (ADR 0003).
/// </summary>
public interface ISpecification<T>
{
    IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions { get; }

    IReadOnlyList<OrderExpression<T>> OrderExpressions { get; }

    IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions { get; }

    IReadOnlyList<string> IncludeStrings { get; }

    int? Skip { get; }

    int? Take { get; }

    bool AsNoTracking { get; }
}
