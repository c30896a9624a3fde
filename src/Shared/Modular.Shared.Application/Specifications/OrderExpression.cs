using System.Linq.Expressions;

namespace Modular.Shared.Application.Specifications;

public sealed record OrderExpression<T>(Expression<Func<T, object?>> KeySelector, OrderDirection Direction);
