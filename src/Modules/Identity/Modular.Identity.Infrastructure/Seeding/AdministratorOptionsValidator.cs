using FluentValidation;
using Microsoft.Extensions.Options;
using Modular.Identity.Application.Accounts.SeedAdministrator;

namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>A configured administrator that could never sign in (bad email, short password) stops the host at startup.</summary>
internal sealed class AdministratorOptionsValidator(IValidator<SeedAdministratorCommand> validator) : IValidateOptions<AdministratorOptions>
{
    public ValidateOptionsResult Validate(string? name, AdministratorOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var outcome = validator.Validate(new SeedAdministratorCommand(options.Email!, options.Password!));
        return outcome.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(outcome.Errors.Select(error => $"Identity:Admin:{error.PropertyName}: {error.ErrorMessage}"));
    }
}
