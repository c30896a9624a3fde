using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

/// <summary>Base of every specification: subclasses describe the query in their constructor through <see cref="Query"/>.</summary>
public abstract class Specification<T> : ISpecification<T>
{
    private readonly List<Expression<Func<T, bool>>> _where = [];
    private readonly List<OrderExpression<T>> _order = [];
    private readonly List<Expression<Func<T, object?>>> _includes = [];
    private readonly List<string> _includeStrings = [];

    protected Specification() => Query = new Builder(this);

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => _where;

    public IReadOnlyList<OrderExpression<T>> OrderExpressions => _order;

    public IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions => _includes;

    public IReadOnlyList<string> IncludeStrings => _includeStrings;

    public int? Skip { get; private set; }

    public int? Take { get; private set; }

    public bool AsNoTracking { get; private set; }

    protected ISpecificationBuilder<T> Query { get; }

    private sealed class Builder(Specification<T> spec) : ISpecificationBuilder<T>
    {
        public ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria) => Do(() => spec._where.Add(criteria));

        public ISpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> keySelector) =>
            Do(() => spec._order.Add(new(keySelector, OrderDirection.Ascending)));

        public ISpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> keySelector) =>
            Do(() => spec._order.Add(new(keySelector, OrderDirection.Descending)));

        public ISpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> keySelector) => OrderBy(keySelector);

        public ISpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> keySelector) => OrderByDescending(keySelector);

        public ISpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation) => Do(() => spec._includes.Add(navigation));

        public ISpecificationBuilder<T> Include(string navigationPath) => Do(() => spec._includeStrings.Add(navigationPath));

        public ISpecificationBuilder<T> Skip(int count) => Do(() => spec.Skip = count);

        public ISpecificationBuilder<T> Take(int count) => Do(() => spec.Take = count);

        public ISpecificationBuilder<T> AsNoTracking() => Do(() => spec.AsNoTracking = true);

        private Builder Do(Action change)
        {
            change();
            return this;
        }
    }
}
