using FluentValidation;
using Modular.Identity.Application.Validation;

namespace Modular.Identity.Application.Accounts.SeedAdministrator;

internal sealed class SeedAdministratorCommandValidator : AbstractValidator<SeedAdministratorCommand>
{
    public SeedAdministratorCommandValidator()
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidNewPassword();
    }
}
