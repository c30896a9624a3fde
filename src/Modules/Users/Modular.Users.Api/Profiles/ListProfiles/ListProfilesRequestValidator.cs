using FluentValidation;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Api.Profiles.ListProfiles;

internal sealed class ListProfilesRequestValidator : AbstractValidator<ListProfilesRequest>
{
    public ListProfilesRequestValidator() =>
        RuleFor(request => request.Search)
            .MaximumLength(ProfileRules.EmailMaxLength)
            .Must(search => search is null || !search.Any(char.IsControl)).WithMessage("'search' must not contain control characters.")
            .OverridePropertyName("search");
}
