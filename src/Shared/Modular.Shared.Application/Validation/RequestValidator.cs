using Ardalis.Result;
using FluentValidation;

namespace Modular.Shared.Application.Validation;

/// <summary>
/// The one way input is validated, whichever edge received it (a REST body or query, GraphQL arguments): every
/// FluentValidation validator of the request runs, and each failure becomes a <see cref="ValidationError"/> whose
/// <c>Identifier</c> is the contract's camelCase path of the field (<c>items[1].quantity</c>). An edge answers the
/// errors in its own shape (REST: a 400 problem; GraphQL: <c>BAD_USER_INPUT</c>) and builds a command only from a
/// request that has none.
/// </summary>
public static class RequestValidator
{
    public static async Task<List<ValidationError>> ValidateAsync<TRequest>(
        IEnumerable<IValidator<TRequest>> validators,
        TRequest request,
        CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(request, cancellationToken);
            errors.AddRange(outcome.Errors.Select(failure => new ValidationError(
                FieldPath.ToCamelCase(failure.PropertyName),
                failure.ErrorMessage,
                failure.ErrorCode,
                ValidationSeverity.Error)));
        }

        return errors;
    }
}
