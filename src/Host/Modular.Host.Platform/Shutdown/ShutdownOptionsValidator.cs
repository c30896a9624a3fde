using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Shutdown;

internal sealed class ShutdownOptionsValidator : IValidateOptions<ShutdownOptions>
{
    public ValidateOptionsResult Validate(string? name, ShutdownOptions options) =>
        options.ShutdownTimeoutSeconds is < 1 or > ShutdownOptions.MaximumTimeoutSeconds
            ? ValidateOptionsResult.Fail(
                $"ShutdownTimeoutSeconds is {options.ShutdownTimeoutSeconds}; it must be between 1 and {ShutdownOptions.MaximumTimeoutSeconds} (environment variable ShutdownTimeoutSeconds).")
            : ValidateOptionsResult.Success;
}
