using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Http;

/// <summary>A proxy entry that parses as neither an address nor a network stops the host: it would trust nobody or the wrong peer.</summary>
internal sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options) =>
        TrustedProxies.TryParse(options.TrustedProxies, out _, out var invalid)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Http:TrustedProxies entry '{invalid}' is neither an IP address nor a CIDR network like 10.0.0.0/8 (environment variable Http__TrustedProxies).");
}
