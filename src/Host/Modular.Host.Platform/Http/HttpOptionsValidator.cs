using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Http;

internal sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    // Far above any JSON body of the contract; a typo (an extra zero or two) should still fail loudly.
    private const long UpperBound = 100L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, HttpOptions options) =>
        options.MaxRequestBodyBytes is < 1 or > UpperBound
            ? ValidateOptionsResult.Fail(
                $"Http:MaxRequestBodyBytes is {options.MaxRequestBodyBytes}; it must be between 1 and {UpperBound} (environment variable Http__MaxRequestBodyBytes).")
            : ValidateOptionsResult.Success;
}
