using FluentValidation;
using Modular.Shared.Application.Validation;

namespace Modular.Users.Api.Profiles.ListProfiles;

internal sealed class ListProfilesRequestValidator : AbstractValidator<ListProfilesRequest>
{
    public ListProfilesRequestValidator() =>
        RuleFor(request => request.Search).IsSearchText().OverridePropertyName("search");
}
