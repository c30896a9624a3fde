using Ardalis.Result;
using FluentValidation;
using Modular.Shared.Application.Messaging;

namespace Modular.Shared.Application.Validation;

/// <summary>Decorates every query handler: an invalid query never reaches the handler.</summary>
public sealed class ValidatingQueryHandler<TQuery, TResponse>(
    IQueryHandler<TQuery, TResponse> inner,
    IEnumerable<IValidator<TQuery>> validators) : IQueryHandler<TQuery, TResponse>
    where TQuery : IQuery<TResponse>
{
    public async Task<Result<TResponse>> HandleAsync(TQuery query, CancellationToken cancellationToken)
    {
        var errors = await RequestValidator.ValidateAsync(validators, query, cancellationToken);
        return errors.Count > 0
            ? Result<TResponse>.Invalid(errors)
            : await inner.HandleAsync(query, cancellationToken);
    }
}
