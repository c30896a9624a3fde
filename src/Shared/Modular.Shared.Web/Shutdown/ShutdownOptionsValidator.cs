using Microsoft.Extensions.Options;

namespace Modular.Shared.Web.Shutdown;

internal sealed class ShutdownOptionsValidator : IValidateOptions<ShutdownOptions>
{
    // Orchestrators kill a pod that ignores SIGTERM after their own grace period (Kubernetes: 30 s by default).
    private const int MaximumSeconds = 600;

    public ValidateOptionsResult Validate(string? name, ShutdownOptions options) =>
        options.ShutdownTimeoutSeconds is < 1 or > MaximumSeconds
            ? ValidateOptionsResult.Fail(
                $"ShutdownTimeoutSeconds is {options.ShutdownTimeoutSeconds}; it must be between 1 and {MaximumSeconds} (environment variable ShutdownTimeoutSeconds).")
            : ValidateOptionsResult.Success;
}
