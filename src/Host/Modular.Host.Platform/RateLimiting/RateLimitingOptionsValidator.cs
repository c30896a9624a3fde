using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.RateLimiting;

internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();
        Check(failures, "Api", options.Api);
        Check(failures, "Auth", options.Auth);
        if (options.StoreTimeout <= TimeSpan.Zero || options.StoreTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add("RateLimiting:StoreTimeout must be between 00:00:00.001 and 00:00:30.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyPrefix))
        {
            failures.Add("RateLimiting:KeyPrefix must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string name, RateLimitRuleOptions rule)
    {
        if (rule.PermitLimit < 1)
        {
            failures.Add($"RateLimiting:{name}:PermitLimit must be at least 1.");
        }

        if (rule.Window < TimeSpan.FromMilliseconds(1) || rule.Window > TimeSpan.FromDays(1))
        {
            failures.Add($"RateLimiting:{name}:Window must be between 00:00:00.001 and 1.00:00:00.");
        }
    }
}
