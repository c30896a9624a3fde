using FluentValidation;
using Modular.Identity.Application.Validation;

namespace Modular.Identity.Application.Accounts.Register;

internal sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(command => command.Name).ValidName();
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidNewPassword();
    }
}
