using FluentValidation;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Application.Profiles.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator()
    {
        RuleFor(command => command.Name)
            .Must(ProfileRules.IsValidName)
            .When(command => command.Name is not null)
            .WithMessage($"'name' must be 1 to {ProfileRules.NameMaxLength} characters after trimming, without control characters.")
            .OverridePropertyName("name");

        RuleFor(command => command.Email)
            .Must(ProfileRules.IsValidEmail)
            .When(command => command.Email is not null)
            .WithMessage($"'email' must be a valid email address of at most {ProfileRules.EmailMaxLength} characters.")
            .OverridePropertyName("email");
    }
}
