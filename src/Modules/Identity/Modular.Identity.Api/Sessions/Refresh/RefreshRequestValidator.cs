using FluentValidation;

namespace Modular.Identity.Api.Sessions.Refresh;

internal sealed class RefreshRequestValidator : AbstractValidator<RefreshRequest>
{
    public RefreshRequestValidator() =>
        RuleFor(request => request.RefreshToken).NotEmpty().WithMessage("'refreshToken' is required.");
}
