using Microsoft.Extensions.Options;

namespace Modular.Shared.UnitTests.Configuration;

/// <summary>Stands for a rule an attribute cannot state.</summary>
internal sealed class SampleSecretValidator : IValidateOptions<SampleOptions>
{
    public ValidateOptionsResult Validate(string? name, SampleOptions options) =>
        options.Secret.StartsWith("weak", StringComparison.Ordinal)
            ? ValidateOptionsResult.Fail("Sample:Secret is weak.")
            : ValidateOptionsResult.Success;
}
