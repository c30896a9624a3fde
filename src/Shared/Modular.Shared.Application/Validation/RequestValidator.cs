using Ardalis.Result;
using FluentValidation;

namespace Modular.Shared.Application.Validation;

/// <summary>Runs every validator of a request and turns failures into <see cref="ValidationError"/>s.</summary>
internal static class RequestValidator
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
