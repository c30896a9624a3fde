using FluentValidation;

namespace Modular.Identity.Application.Sessions.Logout;

internal sealed class LogoutCommandValidator : AbstractValidator<LogoutCommand>
{
    public LogoutCommandValidator() =>
        RuleFor(command => command.RefreshToken).Must(token => !string.IsNullOrWhiteSpace(token)).WithMessage("refreshToken is required.");
}
