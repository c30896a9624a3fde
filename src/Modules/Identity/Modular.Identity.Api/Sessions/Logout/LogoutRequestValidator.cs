using FluentValidation;

namespace Modular.Identity.Api.Sessions.Logout;

internal sealed class LogoutRequestValidator : AbstractValidator<LogoutRequest>
{
    public LogoutRequestValidator() =>
        RuleFor(request => request.RefreshToken).NotEmpty().WithMessage("'refreshToken' is required.");
}
