using Modular.Shared.Application.Pagination;

namespace Modular.Shared.Application.Specifications;

public static class SpecificationBuilderExtensions
{
    public static ISpecificationBuilder<T> Paginate<T>(this ISpecificationBuilder<T> query, PageRequest page) =>
        query.Skip(page.Skip).Take(page.Limit);
}
