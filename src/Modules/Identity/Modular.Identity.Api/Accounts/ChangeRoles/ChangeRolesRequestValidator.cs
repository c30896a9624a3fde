using FluentValidation;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Api.Accounts.ChangeRoles;

internal sealed class ChangeRolesRequestValidator : AbstractValidator<ChangeRolesRequest>
{
    public ChangeRolesRequestValidator()
    {
        RuleFor(request => request.Roles).NotNull().WithMessage("roles is required.");
        RuleForEach(request => request.Roles)
            .Must(AccountRoles.IsKnown)
            .WithMessage($"role must be one of: {string.Join(", ", AccountRoles.All)}.");
    }
}
