using FluentValidation;

namespace Modular.Identity.Application.Sessions.Login;

/// <summary>Only presence: any other wrong value is a failed login (401), never a hint about what exists.</summary>
internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(command => command.Email).Must(email => !string.IsNullOrWhiteSpace(email)).WithMessage("email is required.");
        RuleFor(command => command.Password).Must(password => !string.IsNullOrEmpty(password)).WithMessage("password is required.");
    }
}
