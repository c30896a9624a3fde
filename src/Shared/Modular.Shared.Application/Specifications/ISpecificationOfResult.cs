using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

/// <summary>A specification that projects each <typeparamref name="T"/> to <typeparamref name="TResult"/> in the database.</summary>
public interface ISpecification<T, TResult> : ISpecification<T>
{
    Expression<Func<T, TResult>>? Selector { get; }
}
