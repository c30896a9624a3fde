using FluentValidation;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Application.Profiles.ListProfiles;

internal sealed class ListProfilesValidator : AbstractValidator<ListProfilesQuery>
{
    public ListProfilesValidator() =>
        RuleFor(query => query.Search)
            .MaximumLength(ProfileRules.EmailMaxLength)
            .Must(search => search is null || !search.Any(char.IsControl)).WithMessage("'search' must not contain control characters.")
            .OverridePropertyName("search");
}
