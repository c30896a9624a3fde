using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

/// <summary>A specification with a projection; set it with <see cref="Select"/> in the constructor.</summary>
public abstract class Specification<T, TResult> : Specification<T>, ISpecification<T, TResult>
{
    public Expression<Func<T, TResult>>? Selector { get; private set; }

    protected void Select(Expression<Func<T, TResult>> selector) => Selector = selector;
}
