using FluentValidation;
using Modular.Identity.Application.Validation;

namespace Modular.Identity.Api.Accounts.Register;

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(request => request.Name).ValidName();
        RuleFor(request => request.Email).ValidEmail();
        RuleFor(request => request.Password).ValidNewPassword();
    }
}
