using Microsoft.EntityFrameworkCore;
using Modular.Shared.Application.Specifications;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>Turns a specification into an EF Core query (shaped like Ardalis.Specification.EntityFrameworkCore's evaluator).</summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification, bool applyPaging = true)
        where T : class
    {
        var query = source;
        foreach (var criteria in specification.WhereExpressions)
        {
            query = query.Where(criteria);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            query = query.Include(include);
        }

        foreach (var include in specification.IncludeStrings)
        {
            query = query.Include(include);
        }

        query = ApplyOrdering(query, specification.OrderExpressions);

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (applyPaging && specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (applyPaging && specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select projection.");
        return Apply(source, (ISpecification<T>)specification).Select(selector);
    }

    private static IQueryable<T> ApplyOrdering<T>(IQueryable<T> query, IReadOnlyList<OrderExpression<T>> orderings)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var (keySelector, direction) in orderings)
        {
            ordered = (ordered, direction) switch
            {
                (null, OrderDirection.Ascending) => query.OrderBy(keySelector),
                (null, _) => query.OrderByDescending(keySelector),
                ({ } sorted, OrderDirection.Ascending) => sorted.ThenBy(keySelector),
                ({ } sorted, _) => sorted.ThenByDescending(keySelector),
            };
        }

        return ordered ?? query;
    }
}
