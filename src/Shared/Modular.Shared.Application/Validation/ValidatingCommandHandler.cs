using Ardalis.Result;
using FluentValidation;
using Modular.Shared.Application.Messaging;

namespace Modular.Shared.Application.Validation;

/// <summary>Decorates every command handler: an invalid command never reaches the handler.</summary>
public sealed class ValidatingCommandHandler<TCommand, TResponse>(
    ICommandHandler<TCommand, TResponse> inner,
    IEnumerable<IValidator<TCommand>> validators) : ICommandHandler<TCommand, TResponse>
    where TCommand : ICommand<TResponse>
{
    public async Task<Result<TResponse>> HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        var errors = await RequestValidator.ValidateAsync(validators, command, cancellationToken);
        return errors.Count > 0
            ? Result<TResponse>.Invalid(errors)
            : await inner.HandleAsync(command, cancellationToken);
    }
}
