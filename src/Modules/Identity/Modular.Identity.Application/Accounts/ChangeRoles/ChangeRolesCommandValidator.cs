using FluentValidation;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application.Accounts.ChangeRoles;

internal sealed class ChangeRolesCommandValidator : AbstractValidator<ChangeRolesCommand>
{
    public ChangeRolesCommandValidator()
    {
        RuleFor(command => command.Roles).NotNull().WithMessage("roles is required.");
        RuleForEach(command => command.Roles)
            .Must(AccountRoles.IsKnown)
            .WithMessage($"role must be one of: {string.Join(", ", AccountRoles.All)}.");
    }
}
