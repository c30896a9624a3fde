using FluentValidation;
using Modular.Identity.Application.Validation;
using Modular.Identity.Domain.Accounts;
using Modular.Shared.Application.Validation;

namespace Modular.Identity.Api.Accounts.ChangeRoles;

internal sealed class ChangeRolesRequestValidator : AbstractValidator<ChangeRolesRequest>
{
    private static readonly string RoleMessage = $"a role must be one of: {string.Join(", ", AccountRoles.All)}.";

    public ChangeRolesRequestValidator()
    {
        RuleFor(request => request.Roles).NotNull().WithMessage("'roles' is required.");
        RuleForEach(request => request.Roles)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(RoleMessage)
            .OneOf(IdentityRules.Roles).WithMessage(RoleMessage);
    }
}
