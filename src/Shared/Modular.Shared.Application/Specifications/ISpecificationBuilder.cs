using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

public interface ISpecificationBuilder<T>
{
    ISpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria);

    ISpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> keySelector);

    ISpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> keySelector);

    ISpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> keySelector);

    ISpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> keySelector);

    ISpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation);

    ISpecificationBuilder<T> Include(string navigationPath);

    ISpecificationBuilder<T> Skip(int count);

    ISpecificationBuilder<T> Take(int count);

    ISpecificationBuilder<T> AsNoTracking();
}
