using FluentValidation;

namespace Modular.Identity.Api.Sessions.Login;

/// <summary>Only presence: any other wrong value is a failed login (401), never a hint about what exists.</summary>
internal sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(request => request.Email).NotEmpty().WithMessage("'email' is required.");
        RuleFor(request => request.Password)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("'password' is required.")
            .MinimumLength(1).WithMessage("'password' is required.");
    }
}
