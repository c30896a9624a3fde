using FluentValidation;

namespace Modular.Identity.Application.Sessions.Refresh;

internal sealed class RefreshCommandValidator : AbstractValidator<RefreshCommand>
{
    public RefreshCommandValidator() =>
        RuleFor(command => command.RefreshToken).Must(token => !string.IsNullOrWhiteSpace(token)).WithMessage("refreshToken is required.");
}
