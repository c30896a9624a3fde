using FluentValidation;
using Modular.Shared.Application.Validation;
using Modular.Users.Domain.Profiles;

namespace Modular.Users.Api.Profiles.UpdateProfile;

/// <summary>The bounds of <see cref="ProfileRules"/> as readable length rules, then the full rule, with one message per field.</summary>
internal sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    private static readonly string NameMessage =
        $"'name' must be 1 to {ProfileRules.NameMaxLength} characters after trimming, without control characters.";

    private static readonly string EmailMessage = $"'email' must be a valid email address of at most {ProfileRules.EmailMaxLength} characters.";

    public UpdateProfileRequestValidator()
    {
        RuleFor(request => request.Name)
            .Cascade(CascadeMode.Stop)
            .TrimmedLength(1, ProfileRules.NameMaxLength).WithMessage(NameMessage)
            .PlainName().WithMessage(NameMessage)
            .When(request => request.Name is not null);

        RuleFor(request => request.Email)
            .Cascade(CascadeMode.Stop)
            .EmailLength(1, ProfileRules.EmailMaxLength).WithMessage(EmailMessage)
            .EmailAddress().WithMessage(EmailMessage)
            .When(request => request.Email is not null);
    }
}
